-- Rule 3: the democratic score (民主测评得分) of a team or a cadre.
-- For each aspect a and rater group g with a row, s(a,g) = 100 × Σ(count × factor) / Σ count.
-- s(a) is the weighted mean of s(a,g) by the groups' weights over the groups present for that
-- subject and aspect (分层次测评; counts are never pooled across groups); under a policy without
-- rater groups each aspect has one row and s(a) is its score. The democratic score is the
-- weighted mean of s(a) over the aspects, rounded to 2 — the only rounding. Its band compares the
-- rounded score: >= top 好/优秀, >= second 较好/称职, >= third 一般/基本称职, else 差/不称职.
-- democratic_parts keeps s(a) (rater_group null) and each s(a,g), for the dossiers and
-- training_needs. Each step runs in 64-bit integers where its bounds allow (see macros.sql:
-- ballot_factors, weight_scales), else in 128-bit decimals; both give the same numbers.
-- Scratch, per connection: every part with s12 (its value × 10¹² as BIGINT) where the 64-bit path
-- holds it, else score (DECIMAL). Teams and cadres together: c1..c4 are the four counts in the
-- order of the factors.
CREATE OR REPLACE TEMP TABLE democratic_scratch AS
WITH ballots AS (
  SELECT year, 'team' AS subject, unit_id AS subject_id, aspect_id, rater_group,
         good AS c1, fairly_good AS c2, average AS c3, poor AS c4
  FROM team_ballots WHERE year IN (SELECT year FROM scope_years)
  UNION ALL
  SELECT year, 'cadre', cadre_id, aspect_id, rater_group,
         excellent, competent, basically_competent, incompetent
  FROM cadre_ballots WHERE year IN (SELECT year FROM scope_years)
), scored AS (
  SELECT r.*, ballot_score12(r.c1, r.c2, r.c3, r.c4, r.c1 + r.c2 + r.c3 + r.c4, f.f1, f.f2, f.f3, f.f4, f.d_max) AS s12
  FROM ballots r
  JOIN ballot_factors() f ON f.year = r.year AND f.subject = r.subject
), per_group AS (
  SELECT r.year, r.subject, r.subject_id, r.aspect_id, r.rater_group, coalesce(g.weight, 1) AS weight,
         -- without rater groups each aspect has one row, of weight 1
         CASE WHEN r.rater_group IS NULL THEN 1 ELSE w.wk END AS wk,
         CASE WHEN r.rater_group IS NULL THEN 1 ELSE w.p END AS p,
         CASE WHEN r.rater_group IS NULL THEN int64_max() ELSE w.q_max END AS q_max,
         r.s12,
         CASE WHEN r.s12 IS NULL THEN
           CASE r.subject
             WHEN 'team' THEN exact_div(100 * (r.c1 * p.f_good + r.c2 * p.f_fairly_good + r.c3 * p.f_average + r.c4 * p.f_poor),
                                        r.c1 + r.c2 + r.c3 + r.c4)
             ELSE exact_div(100 * (r.c1 * p.f_excellent + r.c2 * p.f_competent
                                   + r.c3 * p.f_basically_competent + r.c4 * p.f_incompetent),
                            r.c1 + r.c2 + r.c3 + r.c4) END
         END AS score
  FROM scored r
  JOIN policy_rules p ON p.year = r.year
  LEFT JOIN policy_rater_groups g ON g.year = r.year AND g.group_id = r.rater_group
  LEFT JOIN weight_scales() w ON w.kind = 'group' AND w.year = r.year AND w.id = r.rater_group
), per_aspect AS (
  -- one group present: its score is the mean exactly
  SELECT year, subject, subject_id, aspect_id, count(*) = 1 AS single, any_value(s12) AS s12_one, any_value(score) AS score_one,
         mean12(sum(weighted12(s12, wk, p, q_max, weight, coalesce(score, from12(s12)))), sum(wk), any_value(p), sum(weight)) AS m12
  FROM per_group GROUP BY year, subject, subject_id, aspect_id
)
SELECT year, subject, subject_id, aspect_id, rater_group, s12, score FROM per_group WHERE rater_group IS NOT NULL
UNION ALL
SELECT year, subject, subject_id, aspect_id, NULL,
       CASE WHEN single THEN s12_one ELSE to_int64(m12) END,
       CASE WHEN single THEN score_one WHEN to_int64(m12) IS NULL THEN from12(m12) END
FROM per_aspect;

DELETE FROM democratic_parts WHERE year IN (SELECT year FROM scope_years);
INSERT INTO democratic_parts
SELECT year, subject, subject_id, aspect_id, rater_group, coalesce(score, from12(s12)) FROM democratic_scratch
ORDER BY year, subject_id; -- in id order, for the dossiers' lookups by id (queries/import/stage/insert.sql)

DELETE FROM team_democratic WHERE year IN (SELECT year FROM scope_years);
INSERT INTO team_democratic
WITH scored AS (
  SELECT d.year, d.subject_id AS unit_id,
         round2_12(mean12(sum(weighted12(d.s12, w.wk, w.p, w.q_max, a.weight, coalesce(d.score, from12(d.s12)))),
                          sum(w.wk), any_value(w.p), sum(a.weight))) AS democratic_score
  FROM democratic_scratch d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = 'team' AND a.aspect_id = d.aspect_id
  JOIN weight_scales() w ON w.kind = 'aspect' AND w.year = d.year AND w.subject = 'team' AND w.id = d.aspect_id
  WHERE d.subject = 'team' AND d.rater_group IS NULL
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
         round2_12(mean12(sum(weighted12(d.s12, w.wk, w.p, w.q_max, a.weight, coalesce(d.score, from12(d.s12)))),
                          sum(w.wk), any_value(w.p), sum(a.weight))) AS democratic_score
  FROM democratic_scratch d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = 'cadre' AND a.aspect_id = d.aspect_id
  JOIN weight_scales() w ON w.kind = 'aspect' AND w.year = d.year AND w.subject = 'cadre' AND w.id = d.aspect_id
  WHERE d.subject = 'cadre' AND d.rater_group IS NULL
  GROUP BY d.year, d.subject_id
)
SELECT s.year, s.cadre_id, s.democratic_score,
       CASE WHEN s.democratic_score >= p.band_top THEN 'excellent'
            WHEN s.democratic_score >= p.band_second THEN 'competent'
            WHEN s.democratic_score >= p.band_third THEN 'basically_competent'
            ELSE 'incompetent' END
FROM scored s JOIN policy_rules p ON p.year = s.year;

DROP TABLE democratic_scratch;
