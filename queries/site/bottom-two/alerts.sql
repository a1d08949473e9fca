-- The alerts (预警) of one year ($year), every kind, with the unit's name and group, the cadre's name
-- and role (null when the alert has no cadre: a unit in the bottom two twice running that has no
-- principal leader), the unit's bottom rank this year and the year before, and the cadre's grade
-- this year and the year before, and its share of 优秀 and 称职 votes (for 诫勉谈话).
-- nullable: cadre_id, cadre_name, cadre_role, bottom_rank, prev_bottom_rank, cadre_grade, prev_cadre_grade, approval_share
SELECT a.kind,
       a.unit_id,
       u.name AS unit_name,
       u.category,
       u.group_name,
       a.cadre_id,
       c.name AS cadre_name,
       c.role AS cadre_role,
       u.bottom_rank::INTEGER AS bottom_rank,
       pu.bottom_rank::INTEGER AS prev_bottom_rank,
       c.grade AS cadre_grade,
       pc.grade AS prev_cadre_grade,
       c.approval_share::DOUBLE AS approval_share
FROM alerts a
JOIN unit_results u ON u.year = a.year AND u.unit_id = a.unit_id
LEFT JOIN unit_results pu ON pu.year = a.year - 1 AND pu.unit_id = a.unit_id
LEFT JOIN cadre_results c ON c.year = a.year AND c.cadre_id = a.cadre_id
LEFT JOIN cadre_results pc ON pc.year = a.year - 1 AND pc.cadre_id = a.cadre_id
WHERE a.year = $year
ORDER BY alert_kind_order(a.kind),
         a.kind, u.category, a.unit_id, a.cadre_id NULLS FIRST;
