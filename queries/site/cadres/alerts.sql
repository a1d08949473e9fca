-- The alerts (预警) naming one cadre ($cadre) in every year: 连续两年列后两名 of the unit led (a
-- principal leader), 连续两年基本称职, 不称职, with the unit's name that year.
-- nullable: unit_name
SELECT a.year,
       a.kind,
       a.unit_id,
       u.name AS unit_name
FROM alerts a
LEFT JOIN units u ON u.year = a.year AND u.unit_id = a.unit_id
WHERE a.cadre_id = $cadre
ORDER BY a.year,
         alert_kind_order(a.kind);
