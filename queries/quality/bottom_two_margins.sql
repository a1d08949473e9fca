-- Margins of the bottom two (列后两名) of the year $year, in target points (目标分): for each unit
-- of a pool (rules/bottom_two.sql: the category without exempt groups, RANK by target score
-- ascending, in the bottom two when its rank ≤ bottom_two_size), all other units unchanged:
--   in the bottom two: the least rise of its target score that takes it out — its rank exceeds
--     the size once `size` other units score strictly lower, so it must pass the size-th lowest
--     score of the others by 0.01 (target scores have two decimals);
--   outside: the least fall that puts it in — reaching the size-th lowest score of the others.
-- nullable: pivot_score, points
WITH pool AS (
  SELECT r.unit_id, u.name, g.category, t.target_score, r.in_bottom_two, p.bottom_two_size AS size,
         row_number() OVER (PARTITION BY g.category ORDER BY t.target_score ASC, r.unit_id) AS position
  FROM unit_bottom_rank r
  JOIN units u ON u.year = r.year AND u.unit_id = r.unit_id
  JOIN policy_groups g ON g.year = u.year AND g.group_id = u.group_id
  JOIN unit_target t ON t.year = r.year AND t.unit_id = r.unit_id
  JOIN policy_rules p ON p.year = r.year
  WHERE r.year = $year AND r.bottom_rank IS NOT NULL
), others AS (
  -- the size-th lowest score among the other units of the pool: position size, or size + 1 when
  -- the unit itself is among the first `size`
  SELECT a.*, (SELECT b.target_score FROM pool b
               WHERE b.category = a.category AND b.position = a.size + CASE WHEN a.position <= a.size THEN 1 ELSE 0 END) AS pivot_score
  FROM pool a
)
SELECT unit_id, name, category, target_score, in_bottom_two, size, pivot_score,
       CASE WHEN pivot_score IS NULL THEN NULL
            WHEN in_bottom_two THEN CAST(pivot_score - target_score + 0.01 AS DECIMAL(18,2))
            ELSE CAST(target_score - pivot_score AS DECIMAL(18,2)) END AS points
FROM others
ORDER BY category, target_score, unit_id;
