-- Signal 层次分歧 (rater groups apart) of the year $year, under a policy with rater groups: a team
-- or cadre whose score from one rater group differs from another's by more than $gap points.
-- A group's score is the mean of its s(a,g) (democratic_parts) weighted by the aspects' weights;
-- its raters are the most ballots of its rows. A group of fewer than $min_raters raters is not
-- shown apart (anonymity) and takes no part. Of groups with equal scores the one first in the
-- policy is named, so the same warehouse always names the same two.
-- nullable: cadre_name
WITH raters AS (
  SELECT 'team' AS subject, unit_id AS subject_id, rater_group, max(good + fairly_good + average + poor) AS raters
  FROM team_ballots WHERE year = $year AND rater_group IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT 'cadre', cadre_id, rater_group, max(excellent + competent + basically_competent + incompetent)
  FROM cadre_ballots WHERE year = $year AND rater_group IS NOT NULL GROUP BY ALL
), by_group_d AS (
  -- each group's score in DOUBLE, to find the few subjects that can be apart: the rounded scores
  -- are within 0.005 of the exact ones, so a gap over $gap needs one over $gap − 0.01 here (less
  -- a little for DOUBLE's error); only those take the 128-bit means below
  SELECT d.subject, d.subject_id,
         sum(CAST(a.weight AS DOUBLE) * CAST(d.score AS DOUBLE)) / sum(CAST(a.weight AS DOUBLE)) AS score
  FROM democratic_parts d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = d.subject AND a.aspect_id = d.aspect_id
  JOIN raters r ON r.subject = d.subject AND r.subject_id = d.subject_id AND r.rater_group = d.rater_group
  WHERE d.year = $year AND d.rater_group IS NOT NULL AND r.raters >= $min_raters
  GROUP BY d.subject, d.subject_id, d.rater_group
), candidates AS (
  SELECT subject, subject_id FROM by_group_d GROUP BY ALL
  HAVING max(score) - min(score) > CAST($gap AS DOUBLE) - 0.011
), by_group AS (
  SELECT d.subject, d.subject_id, d.rater_group, g.name AS group_name, g.position, CAST(r.raters AS INTEGER) AS raters,
         round2(exact_div(sum(CAST(a.weight * d.score AS DECIMAL(38,12))), sum(a.weight))) AS score
  FROM democratic_parts d
  JOIN policy_aspects a ON a.year = d.year AND a.subject = d.subject AND a.aspect_id = d.aspect_id
  JOIN raters r ON r.subject = d.subject AND r.subject_id = d.subject_id AND r.rater_group = d.rater_group
  JOIN policy_rater_groups g ON g.year = d.year AND g.group_id = d.rater_group
  SEMI JOIN candidates k ON k.subject = d.subject AND k.subject_id = d.subject_id
  WHERE d.year = $year AND d.rater_group IS NOT NULL AND r.raters >= $min_raters
  GROUP BY d.subject, d.subject_id, d.rater_group, g.name, g.position, r.raters
), spread AS (
  SELECT subject, subject_id,
         first(struct_pack(id := rater_group, name := group_name, raters := raters, score := score) ORDER BY score DESC, position) AS high,
         first(struct_pack(id := rater_group, name := group_name, raters := raters, score := score) ORDER BY score, position) AS low
  FROM by_group GROUP BY subject, subject_id HAVING count(*) >= 2
)
SELECT s.subject, s.subject_id, coalesce(c.unit_id, s.subject_id) AS unit_id, u.name AS unit_name, c.name AS cadre_name,
       s.high.name AS high_group, s.high.raters AS high_raters, s.high.score AS high_score,
       s.low.name AS low_group, s.low.raters AS low_raters, s.low.score AS low_score,
       CAST(s.high.score - s.low.score AS DECIMAL(18,2)) AS gap
FROM spread s
LEFT JOIN cadres c ON c.year = $year AND c.cadre_id = CASE WHEN s.subject = 'cadre' THEN s.subject_id END
JOIN units u ON u.year = $year AND u.unit_id = coalesce(c.unit_id, s.subject_id)
WHERE s.high.score - s.low.score > CAST($gap AS DECIMAL(18,2))
ORDER BY gap DESC, s.subject DESC, s.subject_id;
