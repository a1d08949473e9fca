-- Ids the page benchmark requests: ten units of the latest year spread over the warehouse, a
-- cadre of each, and a search term from each unit's name (its last two characters).
WITH latest AS (SELECT max(year) AS year FROM unit_results),
units AS (
  SELECT u.unit_id, u.name, row_number() OVER (ORDER BY u.unit_id) AS n, count(*) OVER () AS total
  FROM unit_results u, latest WHERE u.year = latest.year
)
SELECT u.unit_id AS unit,
       (SELECT min(c.cadre_id) FROM cadre_results c, latest WHERE c.year = latest.year AND c.unit_id = u.unit_id) AS cadre,
       right(u.name, 2) AS term
FROM units u
WHERE (u.n - 1) % greatest(1, u.total // 10) = 0
ORDER BY u.n
LIMIT 10;
