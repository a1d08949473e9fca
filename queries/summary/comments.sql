-- The committee's comments (评语) of one year ($year), teams first then their cadres (principal
-- leaders first), with the unit's and the cadre's names: for the feedback sheets and the internal
-- summary.
-- nullable: cadre_id, cadre_name, role
SELECT c.subject, c.unit_id, u.name AS unit_name, c.cadre_id, k.name AS cadre_name, k.role, c.comment
FROM comments c
JOIN units u ON u.year = c.year AND u.unit_id = c.unit_id
LEFT JOIN cadres k ON k.year = c.year AND k.cadre_id = c.cadre_id
WHERE c.year = $year
ORDER BY c.unit_id, c.subject = 'cadre', role_order(k.role), c.cadre_id;
