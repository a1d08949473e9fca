-- Sampling uncertainty (抽样误差) of the year $year: for every team and cadre, its raters (the most
-- ballots of one aspect, summed over rater groups) and a Wilson interval at $confidence_z (1.96:
-- 95%) on its top-grade share (好 / 优秀) and its bottom-grade share (差 / 不称职), the shares
-- pooling every ballot row, the interval counting the raters (each rater marks every aspect).
-- A cadre is uncertain (不确定) when the policy's 不称职 share bound (incompetent_share_min) lies
-- inside its interval: other raters of the same kind could have given the other result.
-- nullable: cadre_name, bound
WITH counts AS (
  SELECT 'team' AS subject, unit_id AS subject_id, unit_id, rater_group, aspect_id,
         good AS top, poor AS bottom, good + fairly_good + average + poor AS n
  FROM team_ballots WHERE year = $year
  UNION ALL
  SELECT 'cadre', b.cadre_id, c.unit_id, b.rater_group, b.aspect_id,
         b.excellent, b.incompetent, b.excellent + b.competent + b.basically_competent + b.incompetent
  FROM cadre_ballots b JOIN cadres c ON c.year = b.year AND c.cadre_id = b.cadre_id WHERE b.year = $year
), per_group AS (
  SELECT subject, subject_id, unit_id, rater_group, max(n) AS raters, sum(top) AS top, sum(bottom) AS bottom, sum(n) AS n
  FROM counts GROUP BY ALL
), pooled AS (
  SELECT subject, subject_id, unit_id, sum(raters) AS raters, sum(top) / sum(n) AS p_top, sum(bottom) / sum(n) AS p_bottom
  FROM per_group GROUP BY ALL HAVING sum(n) > 0
), wilson AS (
  SELECT s.*, $confidence_z::DOUBLE AS z,
         (p_top + $confidence_z::DOUBLE ^ 2 / (2 * raters)) / (1 + $confidence_z::DOUBLE ^ 2 / raters) AS top_mid,
         $confidence_z::DOUBLE / (1 + $confidence_z::DOUBLE ^ 2 / raters) * sqrt(p_top * (1 - p_top) / raters + $confidence_z::DOUBLE ^ 2 / (4 * raters ^ 2)) AS top_half,
         (p_bottom + $confidence_z::DOUBLE ^ 2 / (2 * raters)) / (1 + $confidence_z::DOUBLE ^ 2 / raters) AS bottom_mid,
         $confidence_z::DOUBLE / (1 + $confidence_z::DOUBLE ^ 2 / raters) * sqrt(p_bottom * (1 - p_bottom) / raters + $confidence_z::DOUBLE ^ 2 / (4 * raters ^ 2)) AS bottom_half
  FROM pooled s
)
SELECT w.subject, w.subject_id, w.unit_id, u.name AS unit_name, k.name AS cadre_name, CAST(w.raters AS INTEGER) AS raters,
       round(w.p_top, 4) AS top_share, round(w.top_mid - w.top_half, 4) AS top_low, round(w.top_mid + w.top_half, 4) AS top_high,
       round(w.p_bottom, 4) AS bottom_share, round(w.bottom_mid - w.bottom_half, 4) AS bottom_low, round(w.bottom_mid + w.bottom_half, 4) AS bottom_high,
       CASE WHEN w.subject = 'cadre' THEN CAST(p.incompetent_share_min AS DOUBLE) END AS bound,
       coalesce(w.subject = 'cadre' AND p.incompetent_share_min IS NOT NULL
                AND p.incompetent_share_min BETWEEN w.bottom_mid - w.bottom_half AND w.bottom_mid + w.bottom_half, false) AS uncertain
FROM wilson w
JOIN units u ON u.year = $year AND u.unit_id = w.unit_id
LEFT JOIN cadres k ON k.year = $year AND k.cadre_id = CASE WHEN w.subject = 'cadre' THEN w.subject_id END
JOIN policy_rules p ON p.year = $year
ORDER BY w.subject DESC, w.unit_id, w.subject_id;
