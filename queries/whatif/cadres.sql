-- What-if for $year: each cadre whose grade differs between the stored results and those
-- recomputed under the edited policy (see units.sql), with the national limit that set it.
SELECT c.cadre_id, c.name, c.unit_id, u.name AS unit_name, c.role,
       b.grade AS grade_before, a.grade AS grade_after,
       b.limited_by AS limited_before, a.limited_by AS limited_after
FROM cadres c
JOIN units u ON u.year = c.year AND u.unit_id = c.unit_id
LEFT JOIN kaohe_stored_cadre_grade b ON b.year = c.year AND b.cadre_id = c.cadre_id
LEFT JOIN cadre_grade a ON a.year = c.year AND a.cadre_id = c.cadre_id
WHERE c.year = $year AND b.grade IS DISTINCT FROM a.grade
ORDER BY c.unit_id, c.cadre_id;
