-- The overview's alerts (预警) of one year ($year): every alert with the unit's and the cadre's
-- names (cadre null when the alert concerns a unit without a principal leader).
-- nullable: cadre_id, cadre_name, cadre_role
SELECT a.kind,
       a.unit_id,
       u.name AS unit_name,
       a.cadre_id,
       c.name AS cadre_name,
       c.role AS cadre_role
FROM alerts a
JOIN unit_results u ON u.year = a.year AND u.unit_id = a.unit_id
LEFT JOIN cadre_results c ON c.year = a.year AND c.cadre_id = a.cadre_id
WHERE a.year = $year
ORDER BY alert_kind_order(a.kind),
         a.unit_id, a.cadre_id NULLS FIRST;
