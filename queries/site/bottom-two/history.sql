-- The bottom-two history (连续两年后两名) over all years: for every unit that was ever in the
-- bottom two of its pool, one row per year in which it was in a pool (bottom_rank is null for the
-- units of exempt groups, which are left out), with the pool's size that year and the policy's
-- bottom_two_size. Each year is judged under its own policy (rule 8).
WITH ever AS (
  SELECT DISTINCT unit_id FROM unit_results WHERE in_bottom_two
),
pools AS (
  SELECT year, category, count(*)::INTEGER AS pool_size
  FROM unit_results WHERE bottom_rank IS NOT NULL
  GROUP BY year, category
)
SELECT u.year,
       u.category,
       u.unit_id,
       u.name,
       u.group_id,
       u.group_name,
       u.target_score::DOUBLE AS target_score,
       u.bottom_rank::INTEGER AS bottom_rank,
       u.in_bottom_two,
       p.pool_size,
       r.bottom_two_size::INTEGER AS bottom_two_size
FROM unit_results u
JOIN ever e ON e.unit_id = u.unit_id
JOIN pools p ON p.year = u.year AND p.category = u.category
JOIN policy_rules r ON r.year = u.year
WHERE u.bottom_rank IS NOT NULL
ORDER BY u.category, u.unit_id, u.year;
