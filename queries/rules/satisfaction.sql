-- Rule 11: satisfaction (群众满意度) per year and category. A team is unanimous (满票) when every
-- one of its team ballots is 好; a cadre when every one of its ballots is 优秀. Rates are shares
-- rounded to 4; means are of the rounded democratic scores, rounded to 2; over no cadres, null.
DELETE FROM satisfaction WHERE year IN (SELECT year FROM scope_years);
INSERT INTO satisfaction
WITH unit_cat AS (
  SELECT u.year, u.unit_id, g.category
  FROM units u JOIN policy_groups g ON g.year = u.year AND g.group_id = u.group_id
  WHERE u.year IN (SELECT year FROM scope_years)
), team_unanimous AS (
  SELECT year, unit_id, bool_and(fairly_good + average + poor = 0) AS unanimous
  FROM team_ballots WHERE year IN (SELECT year FROM scope_years) GROUP BY year, unit_id
), cadre_unanimous AS (
  SELECT year, cadre_id, bool_and(competent + basically_competent + incompetent = 0) AS unanimous
  FROM cadre_ballots WHERE year IN (SELECT year FROM scope_years) GROUP BY year, cadre_id
), teams AS (
  SELECT uc.year, uc.category, uc.unit_id, d.democratic_score, tu.unanimous
  FROM unit_cat uc
  JOIN team_democratic d ON d.year = uc.year AND d.unit_id = uc.unit_id
  JOIN team_unanimous tu ON tu.year = uc.year AND tu.unit_id = uc.unit_id
), cadre_rows AS (
  SELECT c.year, uc.category, c.cadre_id, d.democratic_score, cu.unanimous
  FROM cadres c
  -- joined afresh rather than through unit_cat: a CTE read twice is materialized, and DuckDB then
  -- hashed this join on the year alone (10⁴ units × 10⁵ cadres rows)
  JOIN units u ON u.year = c.year AND u.unit_id = c.unit_id
  JOIN policy_groups uc ON uc.year = u.year AND uc.group_id = u.group_id
  JOIN cadre_democratic d ON d.year = c.year AND d.cadre_id = c.cadre_id
  JOIN cadre_unanimous cu ON cu.year = c.year AND cu.cadre_id = c.cadre_id
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
       t.teams, t.teams_unanimous, ratio4(t.teams_unanimous, t.teams),
       coalesce(c.cadres, 0), coalesce(c.cadres_unanimous, 0),
       CASE WHEN c.cadres > 0 THEN ratio4(c.cadres_unanimous, c.cadres) END,
       round2(exact_div(t.team_sum, t.teams)),
       CASE WHEN c.cadres > 0 THEN round2(exact_div(c.cadre_sum, c.cadres)) END
FROM team_stats t
LEFT JOIN cadre_stats c ON c.year = t.year AND c.category = t.category;
