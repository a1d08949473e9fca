-- Search (搜索) for units and cadres whose name in any year, or id, contains $q (case-insensitive;
-- contains() takes $q literally, so % and _ are not wildcards). One row per unit or cadre: its
-- name in the latest year it appears, that year, the years it appears in, for a cadre its role and
-- unit (id and name) in that year, and exact = its id equals $q. Exact id matches first, then
-- units before cadres, by id. At most 201 rows: the page says when there are more than 200.
-- nullable: unit_id, unit_name, role
WITH subjects AS (
  SELECT 'unit' AS kind, unit_id AS id, name, year, NULL::VARCHAR AS unit_id, NULL::VARCHAR AS role FROM units
  UNION ALL
  SELECT 'cadre' AS kind, cadre_id AS id, name, year, unit_id, role FROM cadres
),
matched AS (
  SELECT DISTINCT kind, id
  FROM subjects
  WHERE contains(lower(name), lower($q)) OR contains(lower(id), lower($q))
),
found AS (
  SELECT s.kind,
         s.id,
         arg_max(s.name, s.year) AS name,
         max(s.year)::INTEGER AS latest_year,
         list(s.year::INTEGER ORDER BY s.year) AS years,
         arg_max(s.unit_id, s.year) AS unit_id,
         arg_max(s.role, s.year) AS role
  FROM subjects s
  JOIN matched m ON m.kind = s.kind AND m.id = s.id
  GROUP BY s.kind, s.id
)
SELECT f.kind,
       f.id,
       f.name,
       f.latest_year,
       f.years,
       f.unit_id,
       u.name AS unit_name,
       f.role,
       lower(f.id) = lower($q) AS exact
FROM found f
LEFT JOIN units u ON u.year = f.latest_year AND u.unit_id = f.unit_id
ORDER BY exact DESC, CASE f.kind WHEN 'unit' THEN 0 ELSE 1 END, f.id
LIMIT 201;
