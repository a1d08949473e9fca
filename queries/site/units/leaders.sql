-- The leadership team (领导班子) of one unit ($unit) in every year: its cadres with their role,
-- democratic and composite score and grade, principal leaders first (党委书记, 行政主要负责人).
-- The columns of cadre_results, read from its tables for the unit's cadres only: through the
-- view, each of its joins builds a hash table of every cadre of every year (issue #10). The
-- cadres are found first (their rows in unit order: queries/import/stage/insert.sql), and each
-- rule's table is scanned once against those few rows (a semi join, no hash table of its own).
WITH team AS MATERIALIZED (SELECT year, cadre_id, name, role FROM cadres WHERE unit_id = $unit),
d AS (SELECT x.* FROM cadre_democratic x SEMI JOIN team t ON t.year = x.year AND t.cadre_id = x.cadre_id),
cc AS (SELECT x.* FROM cadre_composite x SEMI JOIN team t ON t.year = x.year AND t.cadre_id = x.cadre_id),
g AS (SELECT x.* FROM cadre_grade x SEMI JOIN team t ON t.year = x.year AND t.cadre_id = x.cadre_id)
SELECT c.year,
       c.cadre_id,
       c.name,
       c.role,
       is_principal(c.role) AS principal,
       d.democratic_score::DOUBLE AS democratic_score,
       cc.composite_score::DOUBLE AS composite_score,
       g.grade
FROM team c
JOIN d ON d.year = c.year AND d.cadre_id = c.cadre_id
JOIN cc ON cc.year = c.year AND cc.cadre_id = c.cadre_id
JOIN g ON g.year = c.year AND g.cadre_id = c.cadre_id
ORDER BY c.year,
         role_order(c.role),
         c.cadre_id;
