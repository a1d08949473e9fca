-- The unit a compare page (对比) names ($q) in one year ($year): the unit whose id is $q, else the
-- units whose name that year is $q exactly, else those whose name contains it (at most 20, for the
-- page to offer). `exact` = found by id or whole name.
WITH y AS (
  SELECT unit_id, name, group_name FROM unit_results WHERE year = $year
),
hits AS (
  SELECT unit_id, name, group_name, 0 AS how FROM y WHERE unit_id = $q
  UNION ALL
  SELECT unit_id, name, group_name, 1 AS how FROM y WHERE name = $q
  UNION ALL
  SELECT unit_id, name, group_name, 2 AS how FROM y WHERE contains(lower(name), lower($q))
)
SELECT unit_id, name, group_name, (min(how) < 2) AS exact
FROM hits
GROUP BY unit_id, name, group_name
ORDER BY min(how), unit_id
LIMIT 20;
