-- The democratic score as computed before issue #10: every step in 128-bit DECIMAL / HUGEINT
-- (the test's reference for int64.test.ts; reads the same tables, writes temp tables ref_*).
CREATE OR REPLACE TEMP MACRO ref_exact_div(n, d) AS
  CAST(
    (CAST(CAST(n AS DECIMAL(38,12)) * 1000000000000 AS HUGEINT) * 1000000000000::HUGEINT)
      // CAST(CAST(d AS DECIMAL(38,12)) * 1000000000000 AS HUGEINT)
    AS DECIMAL(38,0)
  ) * 0.000000000001::DECIMAL(13,12);

CREATE OR REPLACE TEMP TABLE ref_groups AS
  SELECT b.year, 'team' AS subject, b.unit_id AS subject_id, b.aspect_id, b.rater_group, coalesce(g.weight, 1) AS weight,
         ref_exact_div(100 * (b.good * p.f_good + b.fairly_good * p.f_fairly_good
                              + b.average * p.f_average + b.poor * p.f_poor),
                       b.good + b.fairly_good + b.average + b.poor) AS score
  FROM team_ballots b
  JOIN policy_rules p ON p.year = b.year
  LEFT JOIN policy_rater_groups g ON g.year = b.year AND g.group_id = b.rater_group
  UNION ALL
  SELECT b.year, 'cadre', b.cadre_id, b.aspect_id, b.rater_group, coalesce(g.weight, 1),
         ref_exact_div(100 * (b.excellent * p.f_excellent + b.competent * p.f_competent
                              + b.basically_competent * p.f_basically_competent + b.incompetent * p.f_incompetent),
                       b.excellent + b.competent + b.basically_competent + b.incompetent)
  FROM cadre_ballots b
  JOIN policy_rules p ON p.year = b.year
  LEFT JOIN policy_rater_groups g ON g.year = b.year AND g.group_id = b.rater_group;

CREATE OR REPLACE TEMP TABLE ref_parts AS
  SELECT year, subject, subject_id, aspect_id, rater_group, score FROM ref_groups WHERE rater_group IS NOT NULL
  UNION ALL
  SELECT year, subject, subject_id, aspect_id, NULL,
         CASE WHEN count(*) = 1 THEN any_value(score)
              ELSE ref_exact_div(sum(CAST(weight * score AS DECIMAL(38,12))), sum(weight)) END
  FROM ref_groups GROUP BY year, subject, subject_id, aspect_id;

CREATE OR REPLACE TEMP TABLE ref_scores AS
  SELECT d.year, d.subject, d.subject_id,
         round2(ref_exact_div(sum(CAST(a.weight * d.score AS DECIMAL(38,12))), sum(a.weight))) AS democratic_score
  FROM ref_parts d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = d.subject AND a.aspect_id = d.aspect_id
  WHERE d.rater_group IS NULL
  GROUP BY d.year, d.subject, d.subject_id;
