-- Rules 1 and 2: a unit's target score (综合目标考核得分). item_score is the sum of its item points,
-- rounded to 2. Under a policy with `periodic` (平时考核纳入年度考核), periodic_score is the mean of
-- the unit's periodic points rounded to 2, and target_score = (1 − weight) × item_score + weight ×
-- periodic_score from the rounded values, rounded to 2; without it target_score is item_score and
-- periodic_score null. The unit is vetoed (一票否决) when vetoes.csv has at least one row for it.
DELETE FROM unit_target WHERE year IN (SELECT year FROM scope_years);
INSERT INTO unit_target (year, unit_id, target_score, vetoed, item_score, periodic_score)
WITH items AS (
  SELECT u.year, u.unit_id, round2(coalesce(sum(t.points), 0)) AS item_score
  FROM units u
  LEFT JOIN target_scores t ON t.year = u.year AND t.unit_id = u.unit_id
  WHERE u.year IN (SELECT year FROM scope_years)
  GROUP BY u.year, u.unit_id
), periodic AS (
  SELECT s.year, s.unit_id, round2(exact_div(sum(s.points), count(*))) AS periodic_score
  FROM periodic_scores s
  JOIN policy_rules p ON p.year = s.year AND p.periodic_weight IS NOT NULL
  WHERE s.year IN (SELECT year FROM scope_years)
  GROUP BY s.year, s.unit_id
)
SELECT i.year, i.unit_id,
       CASE WHEN p.periodic_weight IS NULL THEN i.item_score
            ELSE round2(CAST((1 - p.periodic_weight) * i.item_score AS DECIMAL(38,12))
                        + CAST(p.periodic_weight * ps.periodic_score AS DECIMAL(38,12))) END,
       EXISTS (SELECT 1 FROM vetoes v WHERE v.year = i.year AND v.unit_id = i.unit_id),
       i.item_score,
       ps.periodic_score
FROM items i
JOIN policy_rules p ON p.year = i.year
LEFT JOIN periodic ps ON ps.year = i.year AND ps.unit_id = i.unit_id;
