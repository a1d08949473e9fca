-- Margins of the results that ballots decide, for the year $year: how many ballots would flip a
-- democratic band (民主测评档次) of a team or cadre, or a cadre's composite band (综合得分档次,
-- the grade before the national limits and final grades).
-- A change is k ballots of ONE ballot row (one aspect, one rater group) moved ONE grade up (for
-- the next band up) or down (for the next band down), all else unchanged — "2 张票从称职改为优秀".
-- k is the least such number over every row and grade, found exactly from the rules:
--   one ballot moved from grade i to j changes the democratic score (unrounded) by
--   g = 100 · (f_j − f_i) · w_a · w_g / (n · Σw_a · Σw_g), n the row's ballots, Σw over the
--   aspects (and the row's aspect's rater groups) present, as rules/democratic_score.sql weighs;
--   the rounded score reaches R exactly when the unrounded one reaches R − 0.005.
-- The score R to reach (up: round2 ≥ R) or to fall under (down: round2 < R) is the band's bound
-- for a democratic band; for the composite band it is the least democratic score d (two
-- decimals) with round2(w·target + (1 − w)·d) ≥ the band's bound.
-- Products are cast back to DECIMAL(38,12) at each step , as DuckDB adds their scales.
-- k is null (no row of that subject can do it alone) when no row holds enough ballots, or k > $most.
-- $unit ('' for every unit) and $subject ('' for both, 'team' or 'cadre') limit the subjects: the
-- marks beside results elsewhere ask for one unit's, or the teams', without the whole year's cost.
-- $most bounds k: a change of more than $most ballots is not looked for (k null), as the page and
-- the marks list only margins within close_ballots; most rows then fail the cheap bound below.
-- nullable: ballots, aspect_id, rater_group, from_grade, to_grade, aspect_name, rater_group_name, cadre_name
WITH pol AS (
  SELECT * FROM policy_rules WHERE year = $year
), band_bounds AS (
  -- the three bounds, position 1 (best) to 3; band index 0 = top band … 3 = lowest
  SELECT 1 AS b, band_top AS bound FROM pol UNION ALL
  SELECT 2, band_second FROM pol UNION ALL
  SELECT 3, band_third FROM pol
), subjects AS (
  SELECT 'team' AS subject, d.unit_id AS subject_id, d.unit_id, NULL::VARCHAR AS cadre_name, d.democratic_score,
         p.principal_target_weight AS w, t.target_score, NULL::DECIMAL(18,2) AS composite_score
  FROM team_democratic d JOIN unit_target t ON t.year = d.year AND t.unit_id = d.unit_id, pol p
  WHERE d.year = $year AND ($unit = '' OR d.unit_id = $unit) AND $subject IN ('', 'team')
  UNION ALL
  SELECT 'cadre', d.cadre_id, c.unit_id, c.name, d.democratic_score,
         CASE WHEN is_principal(c.role) THEN p.principal_target_weight
              ELSE p.member_target_weight END,
         cc.target_score, cc.composite_score
  FROM cadre_democratic d
  JOIN cadres c ON c.year = d.year AND c.cadre_id = d.cadre_id
  JOIN cadre_composite cc ON cc.year = d.year AND cc.cadre_id = d.cadre_id, pol p
  WHERE d.year = $year AND ($unit = '' OR c.unit_id = $unit) AND $subject IN ('', 'cadre')
), banded AS (
  -- the band index (0 top … 3 lowest) of the democratic score and of the composite score
  SELECT s.*,
         (SELECT count(*) FROM band_bounds WHERE s.democratic_score < bound) AS dem_band,
         CASE WHEN s.subject = 'cadre' THEN (SELECT count(*) FROM band_bounds WHERE s.composite_score < bound) END AS comp_band
  FROM subjects s
), goals AS (
  -- up: reach the bound of the band above (bound index = band); down: fall under the own bound
  SELECT subject, subject_id, unit_id, cadre_name, democratic_score, 'democratic_band' AS kind, 'up' AS direction,
         dem_band AS band, dem_band - 1 AS to_band, bb.bound AS goal
  FROM banded JOIN band_bounds bb ON bb.b = dem_band WHERE dem_band > 0
  UNION ALL
  SELECT subject, subject_id, unit_id, cadre_name, democratic_score, 'democratic_band', 'down',
         dem_band, dem_band + 1, bb.bound
  FROM banded JOIN band_bounds bb ON bb.b = dem_band + 1 WHERE dem_band < 3
  UNION ALL
  SELECT subject, subject_id, unit_id, cadre_name, democratic_score, 'composite_band', 'up', comp_band, comp_band - 1,
         ceil(exact_div(bb.bound - 0.005 - CAST(w * target_score AS DECIMAL(38,12)), 1 - w) * 100) * 0.01
  FROM banded JOIN band_bounds bb ON bb.b = comp_band WHERE subject = 'cadre' AND comp_band > 0
  UNION ALL
  SELECT subject, subject_id, unit_id, cadre_name, democratic_score, 'composite_band', 'down', comp_band, comp_band + 1,
         ceil(exact_div(bb.bound - 0.005 - CAST(w * target_score AS DECIMAL(38,12)), 1 - w) * 100) * 0.01
  FROM banded JOIN band_bounds bb ON bb.b = comp_band + 1 WHERE subject = 'cadre' AND comp_band < 3
), exact_scores AS (
  -- the unrounded democratic score, as the rule weighs s(a)
  SELECT d.subject, d.subject_id, exact_div(sum(CAST(a.weight * d.score AS DECIMAL(38,12))), sum(a.weight)) AS score,
         sum(a.weight) AS aspect_weights
  FROM democratic_parts d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = d.subject AND a.aspect_id = d.aspect_id
  WHERE d.year = $year AND d.rater_group IS NULL
  GROUP BY d.subject, d.subject_id
), steps AS (
  -- one grade step: from index i to i − 1 (up) or i + 1 (down), i 1-based as in the lists below,
  -- with the gain of one ballot's step before the weights, 100 · (f_j − f_i) up, 100 · (f_i − f_j)
  -- down, exact and in DOUBLE for the cheap bound; a step between equal factors gains nothing
  SELECT f.subject, m.direction, m.i, m.j,
         CAST(100 * CASE m.direction WHEN 'up' THEN f.factors[m.j] - f.factors[m.i] ELSE f.factors[m.i] - f.factors[m.j] END AS DECIMAL(38,12)) AS gain
  FROM (SELECT 'team' AS subject, [p.f_good, p.f_fairly_good, p.f_average, p.f_poor] AS factors FROM pol p
        UNION ALL
        SELECT 'cadre', [p.f_excellent, p.f_competent, p.f_basically_competent, p.f_incompetent] FROM pol p) f,
       (SELECT 'up' AS direction, i, i - 1 AS j FROM range(2, 5) t(i)
        UNION ALL SELECT 'down', i, i + 1 FROM range(1, 4) t(i)) m
  WHERE f.factors[m.i] <> f.factors[m.j]
), ballot_rows AS (
  -- every ballot row, its grades by index 0 (top) … 3
  SELECT 'team' AS subject, b.unit_id AS subject_id, b.aspect_id, b.rater_group, [b.good, b.fairly_good, b.average, b.poor] AS counts
  FROM team_ballots b WHERE b.year = $year
  UNION ALL
  SELECT 'cadre', b.cadre_id, b.aspect_id, b.rater_group, [b.excellent, b.competent, b.basically_competent, b.incompetent]
  FROM cadre_ballots b WHERE b.year = $year
), weighted AS (
  SELECT r.*, a.weight AS aspect_weight, coalesce(g.weight, 1) AS group_weight,
         sum(coalesce(g.weight, 1)) OVER (PARTITION BY r.subject, r.subject_id, r.aspect_id) AS group_weights,
         list_sum(r.counts) AS n
  FROM ballot_rows r
  JOIN policy_aspects a ON a.year = $year AND a.subject = r.subject AND a.aspect_id = r.aspect_id
  LEFT JOIN policy_rater_groups g ON g.year = $year AND g.group_id = r.rater_group
), moves AS (
  -- each step of each row: the ballots there are to move (at most $most), and in DOUBLE how far
  -- they move the score times Σw_a (Σw_a is the subject's, on the goal's side): available ·
  -- gain · w_a · w_g / (n · Σw_g). Only what the steps below need, no lists: 2 M rows at 20×.
  SELECT w.subject, w.subject_id, w.aspect_id, w.rater_group, s.direction, s.i, s.j, s.gain,
         w.n, w.aspect_weight, w.group_weight, w.group_weights, least(w.counts[s.i], $most) AS available,
         least(w.counts[s.i], $most) * abs(CAST(s.gain AS DOUBLE)) * CAST(w.aspect_weight AS DOUBLE) * CAST(w.group_weight AS DOUBLE)
           / (w.n * CAST(w.group_weights AS DOUBLE)) AS reach_d
  FROM weighted w JOIN steps s ON s.subject = w.subject
  WHERE w.n > 0 AND w.counts[s.i] > 0
), goal_scores AS (
  -- each goal with its subject's unrounded score, and in DOUBLE the change to make times Σw_a
  SELECT g.subject, g.subject_id, g.kind, g.direction, g.goal, e.score, e.aspect_weights,
         abs(CAST(g.goal AS DOUBLE) - 0.005 - CAST(e.score AS DOUBLE)) * CAST(e.aspect_weights AS DOUBLE) AS change_d
  FROM goals g JOIN exact_scores e ON e.subject = g.subject AND e.subject_id = g.subject_id
), needed AS (
  SELECT g.subject, g.subject_id, g.kind, g.direction, m.aspect_id, m.rater_group, m.i, m.j, m.available,
         -- the change of the unrounded score to reach the goal, and k = ⌈change / gain⌉
         -- (down: the least k that goes strictly under goal − 0.005). First a cheap bound in DOUBLE
         -- with slack: k ≤ available only if the change is at most available × the gain of one
         -- ballot; few rows pass it, and only those take the costly 128-bit k (null for the
         -- others, which `possible` drops as it would for their k > available).
         CASE WHEN g.change_d > m.reach_d * (1 + 1e-9) + 1e-9
              THEN NULL
              WHEN g.direction = 'up'
              THEN ceil(exact_div(CAST(CAST(CAST(g.goal - 0.005 - g.score AS DECIMAL(38,12)) * m.n AS DECIMAL(38,12)) * g.aspect_weights AS DECIMAL(38,12)) * m.group_weights,
                                  CAST(CAST(m.gain * m.aspect_weight AS DECIMAL(38,12)) * m.group_weight AS DECIMAL(38,12))))
              ELSE floor(exact_div(CAST(CAST(CAST(g.score - (g.goal - 0.005) AS DECIMAL(38,12)) * m.n AS DECIMAL(38,12)) * g.aspect_weights AS DECIMAL(38,12)) * m.group_weights,
                                   CAST(CAST(m.gain * m.aspect_weight AS DECIMAL(38,12)) * m.group_weight AS DECIMAL(38,12)))) + 1
         END AS k
  FROM goal_scores g
  JOIN moves m ON m.subject = g.subject AND m.subject_id = g.subject_id AND m.direction = g.direction
), possible AS (
  SELECT * FROM needed WHERE k >= 1 AND k <= available
), best AS (
  SELECT subject, subject_id, kind, direction,
         -- the fewest ballots; then the lowest grades moved, then by aspect and group, to be stable
         first(struct_pack(k := CAST(k AS BIGINT), aspect_id := aspect_id, rater_group := rater_group, i := i, j := j)
               ORDER BY k, i DESC, aspect_id, rater_group NULLS FIRST) AS m
  FROM possible GROUP BY ALL
)
SELECT g.subject, g.subject_id, g.unit_id, g.kind, g.direction, g.democratic_score,
       CAST(g.band AS INTEGER) AS band, CAST(g.to_band AS INTEGER) AS to_band, CAST(g.goal AS DECIMAL(18,2)) AS goal,
       b.m.k AS ballots, b.m.aspect_id, b.m.rater_group,
       CAST(b.m.i - 1 AS INTEGER) AS from_grade, CAST(b.m.j - 1 AS INTEGER) AS to_grade,
       u.name AS unit_name, g.cadre_name, a.name AS aspect_name, rg.name AS rater_group_name
FROM goals g
LEFT JOIN best b ON b.subject = g.subject AND b.subject_id = g.subject_id AND b.kind = g.kind AND b.direction = g.direction
JOIN units u ON u.year = $year AND u.unit_id = g.unit_id
LEFT JOIN policy_aspects a ON a.year = $year AND a.subject = g.subject AND a.aspect_id = b.m.aspect_id
LEFT JOIN policy_rater_groups rg ON rg.year = $year AND rg.group_id = b.m.rater_group
ORDER BY g.subject, g.subject_id, g.kind, g.direction;
