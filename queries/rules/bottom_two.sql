-- Rule 8: the bottom two (列后两名). The pool is the category without the groups exempt from the
-- rule (中央、市在黔单位 in the district); bottom_rank is RANK by target score ascending within
-- the year's pool, null for exempt units; a unit is in the bottom two when bottom_rank ≤ size.
DELETE FROM unit_bottom_rank WHERE year IN (SELECT year FROM scope_years);
INSERT INTO unit_bottom_rank
WITH pool AS (
  SELECT u.year, u.unit_id, g.category, g.bottom_two_exempt, t.target_score
  FROM units u
  JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
  JOIN policy_groups g ON g.year = u.year AND g.group_id = u.group_id
  WHERE u.year IN (SELECT year FROM scope_years)
), ranked AS (
  SELECT year, unit_id,
         CASE WHEN NOT bottom_two_exempt THEN
           rank() OVER (PARTITION BY year, category, bottom_two_exempt ORDER BY target_score ASC) END AS bottom_rank
  FROM pool
)
SELECT r.year, r.unit_id, r.bottom_rank, coalesce(r.bottom_rank <= p.bottom_two_size, false)
FROM ranked r JOIN policy_rules p ON p.year = r.year;
