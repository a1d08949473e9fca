-- Rule 11: satisfaction (群众满意度) per year and category. A team is unanimous (满票) when every
-- one of its team ballots is 好; a cadre when every one of its ballots is 优秀. Rates are shares
-- rounded to 4; means are of the rounded democratic scores, rounded to 2; over no cadres, null.
DELETE FROM satisfaction WHERE year IN (SELECT year FROM scope_years);
INSERT INTO satisfaction
WITH unit_cat AS (
  SELECT u.year, u.unit_id, g.category
  FROM units u JOIN policy_groups g ON g.year = u.year AND g.group_id = u.group_id
  WHERE u.year IN (SELECT year FROM scope_years)
), teams AS (
  SELECT uc.year, uc.category, uc.unit_id, d.democratic_score,
         NOT EXISTS (SELECT 1 FROM team_ballots b
                     WHERE b.year = uc.year AND b.unit_id = uc.unit_id
                       AND b.fairly_good + b.average + b.poor > 0) AS unanimous
  FROM unit_cat uc
  JOIN team_democratic d ON d.year = uc.year AND d.unit_id = uc.unit_id
), cadre_rows AS (
  SELECT uc.year, uc.category, c.cadre_id, d.democratic_score,
         NOT EXISTS (SELECT 1 FROM cadre_ballots b
                     WHERE b.year = c.year AND b.cadre_id = c.cadre_id
                       AND b.competent + b.basically_competent + b.incompetent > 0) AS unanimous
  FROM cadres c
  JOIN unit_cat uc ON uc.year = c.year AND uc.unit_id = c.unit_id
  JOIN cadre_democratic d ON d.year = c.year AND d.cadre_id = c.cadre_id
), team_stats AS (
  SELECT year, category, count(*) AS teams, count(*) FILTER (WHERE unanimous) AS teams_unanimous,
         sum(democratic_score) AS team_sum
  FROM teams GROUP BY year, category
), cadre_stats AS (
  SELECT year, category, count(*) AS cadres, count(*) FILTER (WHERE unanimous) AS cadres_unanimous,
         sum(democratic_score) AS cadre_sum
  FROM cadre_rows GROUP BY year, category
)
SELECT t.year, t.category,
       t.teams, t.teams_unanimous, round4(exact_div(t.teams_unanimous, t.teams)),
       coalesce(c.cadres, 0), coalesce(c.cadres_unanimous, 0),
       CASE WHEN c.cadres > 0 THEN round4(exact_div(c.cadres_unanimous, c.cadres)) END,
       round2(exact_div(t.team_sum, t.teams)),
       CASE WHEN c.cadres > 0 THEN round2(exact_div(c.cadre_sum, c.cadres)) END
FROM team_stats t
LEFT JOIN cadre_stats c ON c.year = t.year AND c.category = t.category;
