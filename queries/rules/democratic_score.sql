-- Rule 3: the democratic score (民主测评得分) of a team or a cadre.
-- For each aspect a and rater group g with a row, s(a,g) = 100 × Σ(count × factor) / Σ count.
-- s(a) is the weighted mean of s(a,g) by the groups' weights over the groups present for that
-- subject and aspect (分层次测评; counts are never pooled across groups); under a policy without
-- rater groups each aspect has one row and s(a) is its score. The democratic score is the
-- weighted mean of s(a) over the aspects, rounded to 2 — the only rounding. Its band compares the
-- rounded score: >= top 好/优秀, >= second 较好/称职, >= third 一般/基本称职, else 差/不称职.
-- democratic_parts keeps s(a) (rater_group null) and each s(a,g), for the dossiers and
-- training_needs.
DELETE FROM democratic_parts WHERE year IN (SELECT year FROM scope_years);
INSERT INTO democratic_parts
WITH per_group AS (
  SELECT b.year, b.unit_id AS subject_id, b.aspect_id, b.rater_group, coalesce(g.weight, 1) AS weight,
         exact_div(100 * (b.good * p.f_good + b.fairly_good * p.f_fairly_good
                          + b.average * p.f_average + b.poor * p.f_poor),
                   b.good + b.fairly_good + b.average + b.poor) AS score
  FROM team_ballots b
  JOIN policy_rules p ON p.year = b.year
  LEFT JOIN policy_rater_groups g ON g.year = b.year AND g.group_id = b.rater_group
  WHERE b.year IN (SELECT year FROM scope_years)
)
SELECT year, 'team', subject_id, aspect_id, rater_group, score FROM per_group WHERE rater_group IS NOT NULL
UNION ALL
-- one group present: its score is the mean exactly
SELECT year, 'team', subject_id, aspect_id, NULL,
       CASE WHEN count(*) = 1 THEN any_value(score)
            ELSE exact_div(sum(CAST(weight * score AS DECIMAL(38,12))), sum(weight)) END
FROM per_group GROUP BY year, subject_id, aspect_id;

INSERT INTO democratic_parts
WITH per_group AS (
  SELECT b.year, b.cadre_id AS subject_id, b.aspect_id, b.rater_group, coalesce(g.weight, 1) AS weight,
         exact_div(100 * (b.excellent * p.f_excellent + b.competent * p.f_competent
                          + b.basically_competent * p.f_basically_competent + b.incompetent * p.f_incompetent),
                   b.excellent + b.competent + b.basically_competent + b.incompetent) AS score
  FROM cadre_ballots b
  JOIN policy_rules p ON p.year = b.year
  LEFT JOIN policy_rater_groups g ON g.year = b.year AND g.group_id = b.rater_group
  WHERE b.year IN (SELECT year FROM scope_years)
)
SELECT year, 'cadre', subject_id, aspect_id, rater_group, score FROM per_group WHERE rater_group IS NOT NULL
UNION ALL
SELECT year, 'cadre', subject_id, aspect_id, NULL,
       CASE WHEN count(*) = 1 THEN any_value(score)
            ELSE exact_div(sum(CAST(weight * score AS DECIMAL(38,12))), sum(weight)) END
FROM per_group GROUP BY year, subject_id, aspect_id;

DELETE FROM team_democratic WHERE year IN (SELECT year FROM scope_years);
INSERT INTO team_democratic
WITH scored AS (
  SELECT d.year, d.subject_id AS unit_id,
         round2(exact_div(sum(CAST(a.weight * d.score AS DECIMAL(38,12))), sum(a.weight))) AS democratic_score
  FROM democratic_parts d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = 'team' AND a.aspect_id = d.aspect_id
  WHERE d.year IN (SELECT year FROM scope_years) AND d.subject = 'team' AND d.rater_group IS NULL
  GROUP BY d.year, d.subject_id
)
SELECT s.year, s.unit_id, s.democratic_score,
       CASE WHEN s.democratic_score >= p.band_top THEN 'good'
            WHEN s.democratic_score >= p.band_second THEN 'fairly_good'
            WHEN s.democratic_score >= p.band_third THEN 'average'
            ELSE 'poor' END
FROM scored s JOIN policy_rules p ON p.year = s.year;

DELETE FROM cadre_democratic WHERE year IN (SELECT year FROM scope_years);
INSERT INTO cadre_democratic
WITH scored AS (
  SELECT d.year, d.subject_id AS cadre_id,
         round2(exact_div(sum(CAST(a.weight * d.score AS DECIMAL(38,12))), sum(a.weight))) AS democratic_score
  FROM democratic_parts d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = 'cadre' AND a.aspect_id = d.aspect_id
  WHERE d.year IN (SELECT year FROM scope_years) AND d.subject = 'cadre' AND d.rater_group IS NULL
  GROUP BY d.year, d.subject_id
)
SELECT s.year, s.cadre_id, s.democratic_score,
       CASE WHEN s.democratic_score >= p.band_top THEN 'excellent'
            WHEN s.democratic_score >= p.band_second THEN 'competent'
            WHEN s.democratic_score >= p.band_third THEN 'basically_competent'
            ELSE 'incompetent' END
FROM scored s JOIN policy_rules p ON p.year = s.year;
