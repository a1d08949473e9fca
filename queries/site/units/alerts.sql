-- The alerts (预警) concerning one unit ($unit) in every year: the unit's own (连续两年列后两名, one
-- row per principal leader) and those of its cadres (连续两年基本称职, 不称职), with the cadre's name
-- and role that year (null when the alert names no cadre).
-- nullable: cadre_id, cadre_name, cadre_role
SELECT a.year,
       a.kind,
       a.cadre_id,
       c.name AS cadre_name,
       c.role AS cadre_role
FROM alerts a
LEFT JOIN cadres c ON c.year = a.year AND c.cadre_id = a.cadre_id -- the stored names, not the whole view
WHERE a.unit_id = $unit
ORDER BY a.year,
         alert_kind_order(a.kind),
         a.cadre_id NULLS FIRST;
