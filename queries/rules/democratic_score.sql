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
DELETE FROM democratic_parts WHERE year IN (SELECT year FROM scope_years);
INSERT INTO democratic_parts
WITH ballots AS (
  SELECT b.year, b.unit_id AS subject_id, b.aspect_id, b.rater_group, b.good AS c1, b.fairly_good AS c2, b.average AS c3, b.poor AS c4,
         b.good + b.fairly_good + b.average + b.poor AS d
  FROM team_ballots b
  WHERE b.year IN (SELECT year FROM scope_years)
), scored AS (
  SELECT r.*, ballot_score12(r.c1, r.c2, r.c3, r.c4, r.d, f.f1, f.f2, f.f3, f.f4, f.d_max) AS s12
  FROM ballots r
  JOIN ballot_factors() f ON f.year = r.year AND f.subject = 'team'
), per_group AS (
  SELECT r.year, r.subject_id, r.aspect_id, r.rater_group, coalesce(g.weight, 1) AS weight,
         coalesce(w.wk, 1) AS wk, coalesce(w.p, 1) AS p, coalesce(w.q_max, int64_max()) AS q_max, r.s12,
         CASE WHEN r.s12 IS NOT NULL THEN from12(r.s12)
              ELSE exact_div(100 * (r.c1 * p.f_good + r.c2 * p.f_fairly_good
                                     + r.c3 * p.f_average + r.c4 * p.f_poor), r.d) END AS score
  FROM scored r
  JOIN policy_rules p ON p.year = r.year
  LEFT JOIN policy_rater_groups g ON g.year = r.year AND g.group_id = r.rater_group
  LEFT JOIN weight_scales() w ON w.kind = 'group' AND w.year = r.year AND w.id = r.rater_group
)
SELECT year, 'team', subject_id, aspect_id, rater_group, score FROM per_group WHERE rater_group IS NOT NULL
UNION ALL
-- one group present: its score is the mean exactly
SELECT year, 'team', subject_id, aspect_id, NULL,
       CASE WHEN count(*) = 1 THEN any_value(score)
            ELSE weighted_mean(sum(weighted12(s12, wk, p, q_max, weight, score)), sum(weight)) END
FROM per_group GROUP BY year, subject_id, aspect_id;

INSERT INTO democratic_parts
WITH ballots AS (
  SELECT b.year, b.cadre_id AS subject_id, b.aspect_id, b.rater_group, b.excellent AS c1, b.competent AS c2, b.basically_competent AS c3, b.incompetent AS c4,
         b.excellent + b.competent + b.basically_competent + b.incompetent AS d
  FROM cadre_ballots b
  WHERE b.year IN (SELECT year FROM scope_years)
), scored AS (
  SELECT r.*, ballot_score12(r.c1, r.c2, r.c3, r.c4, r.d, f.f1, f.f2, f.f3, f.f4, f.d_max) AS s12
  FROM ballots r
  JOIN ballot_factors() f ON f.year = r.year AND f.subject = 'cadre'
), per_group AS (
  SELECT r.year, r.subject_id, r.aspect_id, r.rater_group, coalesce(g.weight, 1) AS weight,
         coalesce(w.wk, 1) AS wk, coalesce(w.p, 1) AS p, coalesce(w.q_max, int64_max()) AS q_max, r.s12,
         CASE WHEN r.s12 IS NOT NULL THEN from12(r.s12)
              ELSE exact_div(100 * (r.c1 * p.f_excellent + r.c2 * p.f_competent
                                     + r.c3 * p.f_basically_competent + r.c4 * p.f_incompetent), r.d) END AS score
  FROM scored r
  JOIN policy_rules p ON p.year = r.year
  LEFT JOIN policy_rater_groups g ON g.year = r.year AND g.group_id = r.rater_group
  LEFT JOIN weight_scales() w ON w.kind = 'group' AND w.year = r.year AND w.id = r.rater_group
)
SELECT year, 'cadre', subject_id, aspect_id, rater_group, score FROM per_group WHERE rater_group IS NOT NULL
UNION ALL
-- one group present: its score is the mean exactly
SELECT year, 'cadre', subject_id, aspect_id, NULL,
       CASE WHEN count(*) = 1 THEN any_value(score)
            ELSE weighted_mean(sum(weighted12(s12, wk, p, q_max, weight, score)), sum(weight)) END
FROM per_group GROUP BY year, subject_id, aspect_id;

DELETE FROM team_democratic WHERE year IN (SELECT year FROM scope_years);
INSERT INTO team_democratic
WITH parts AS (
  SELECT d.year, d.subject_id, d.score, a.weight, w.wk, w.p, w.q_max,
         -- |s| < 10⁶: its 12-scale fits a BIGINT (else weighted12 takes the 128-bit path)
         CASE WHEN abs(d.score) < 1000000 THEN CAST(scaled12(d.score) AS BIGINT) END AS s12
  FROM democratic_parts d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = 'team' AND a.aspect_id = d.aspect_id
  JOIN weight_scales() w ON w.kind = 'aspect' AND w.year = d.year AND w.subject = 'team' AND w.id = d.aspect_id
  WHERE d.year IN (SELECT year FROM scope_years) AND d.subject = 'team' AND d.rater_group IS NULL
), scored AS (
  SELECT year, subject_id AS unit_id,
         round2(weighted_mean(sum(weighted12(s12, wk, p, q_max, weight, score)), sum(weight))) AS democratic_score
  FROM parts
  GROUP BY year, subject_id
)
SELECT s.year, s.unit_id, s.democratic_score,
       CASE WHEN s.democratic_score >= p.band_top THEN 'good'
            WHEN s.democratic_score >= p.band_second THEN 'fairly_good'
            WHEN s.democratic_score >= p.band_third THEN 'average'
            ELSE 'poor' END
FROM scored s JOIN policy_rules p ON p.year = s.year;

DELETE FROM cadre_democratic WHERE year IN (SELECT year FROM scope_years);
INSERT INTO cadre_democratic
WITH parts AS (
  SELECT d.year, d.subject_id, d.score, a.weight, w.wk, w.p, w.q_max,
         -- |s| < 10⁶: its 12-scale fits a BIGINT (else weighted12 takes the 128-bit path)
         CASE WHEN abs(d.score) < 1000000 THEN CAST(scaled12(d.score) AS BIGINT) END AS s12
  FROM democratic_parts d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = 'cadre' AND a.aspect_id = d.aspect_id
  JOIN weight_scales() w ON w.kind = 'aspect' AND w.year = d.year AND w.subject = 'cadre' AND w.id = d.aspect_id
  WHERE d.year IN (SELECT year FROM scope_years) AND d.subject = 'cadre' AND d.rater_group IS NULL
), scored AS (
  SELECT year, subject_id AS cadre_id,
         round2(weighted_mean(sum(weighted12(s12, wk, p, q_max, weight, score)), sum(weight))) AS democratic_score
  FROM parts
  GROUP BY year, subject_id
)
SELECT s.year, s.cadre_id, s.democratic_score,
       CASE WHEN s.democratic_score >= p.band_top THEN 'excellent'
            WHEN s.democratic_score >= p.band_second THEN 'competent'
            WHEN s.democratic_score >= p.band_third THEN 'basically_competent'
            ELSE 'incompetent' END
FROM scored s JOIN policy_rules p ON p.year = s.year;
