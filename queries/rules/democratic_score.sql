-- Rule 3: the democratic score (民主测评得分) of a team or a cadre. For each aspect,
-- 100 × Σ(count × factor) / Σ count; then the weighted mean over the aspects, rounded to 2.
-- Its band compares the rounded score: >= top 好/优秀, >= second 较好/称职, >= third 一般/基本称职,
-- else 差/不称职.
DELETE FROM team_democratic WHERE year IN (SELECT year FROM scope_years);
INSERT INTO team_democratic
WITH per_aspect AS (
  SELECT b.year, b.unit_id, a.weight,
         exact_div(100 * (b.good * p.f_good + b.fairly_good * p.f_fairly_good
                          + b.average * p.f_average + b.poor * p.f_poor),
                   b.good + b.fairly_good + b.average + b.poor) AS score
  FROM team_ballots b
  JOIN policy_aspects a ON a.year = b.year AND a.subject = 'team' AND a.aspect_id = b.aspect_id
  JOIN policy_rules p ON p.year = b.year
  WHERE b.year IN (SELECT year FROM scope_years)
), scored AS (
  SELECT year, unit_id,
         round2(exact_div(sum(CAST(weight * score AS DECIMAL(38,12))), sum(weight))) AS democratic_score
  FROM per_aspect GROUP BY year, unit_id
)
SELECT s.year, s.unit_id, s.democratic_score,
       CASE WHEN s.democratic_score >= p.band_top THEN 'good'
            WHEN s.democratic_score >= p.band_second THEN 'fairly_good'
            WHEN s.democratic_score >= p.band_third THEN 'average'
            ELSE 'poor' END
FROM scored s JOIN policy_rules p ON p.year = s.year;

DELETE FROM cadre_democratic WHERE year IN (SELECT year FROM scope_years);
INSERT INTO cadre_democratic
WITH per_aspect AS (
  SELECT b.year, b.cadre_id, a.weight,
         exact_div(100 * (b.excellent * p.f_excellent + b.competent * p.f_competent
                          + b.basically_competent * p.f_basically_competent + b.incompetent * p.f_incompetent),
                   b.excellent + b.competent + b.basically_competent + b.incompetent) AS score
  FROM cadre_ballots b
  JOIN policy_aspects a ON a.year = b.year AND a.subject = 'cadre' AND a.aspect_id = b.aspect_id
  JOIN policy_rules p ON p.year = b.year
  WHERE b.year IN (SELECT year FROM scope_years)
), scored AS (
  SELECT year, cadre_id,
         round2(exact_div(sum(CAST(weight * score AS DECIMAL(38,12))), sum(weight))) AS democratic_score
  FROM per_aspect GROUP BY year, cadre_id
)
SELECT s.year, s.cadre_id, s.democratic_score,
       CASE WHEN s.democratic_score >= p.band_top THEN 'excellent'
            WHEN s.democratic_score >= p.band_second THEN 'competent'
            WHEN s.democratic_score >= p.band_third THEN 'basically_competent'
            ELSE 'incompetent' END
FROM scored s JOIN policy_rules p ON p.year = s.year;
