-- What-if (整体政策假设测算) for $year: each unit whose grade, bottom-two place or bonus differs
-- between the stored results (kaohe_stored_*) and those the rules recomputed under the edited
-- policy (the temporary tables of src/lib/warehouse/shadow.ts). Changed units only.
WITH before AS (
  SELECT g.unit_id, g.grade, coalesce(b.in_bottom_two, false) AS in_bottom_two, r.total_bonus
  FROM kaohe_stored_unit_grade g
  LEFT JOIN kaohe_stored_unit_bottom_rank b ON b.year = g.year AND b.unit_id = g.unit_id
  LEFT JOIN kaohe_stored_rewards r ON r.year = g.year AND r.unit_id = g.unit_id
  WHERE g.year = $year
), after AS (
  SELECT g.unit_id, g.grade, coalesce(b.in_bottom_two, false) AS in_bottom_two, r.total_bonus
  FROM unit_grade g
  LEFT JOIN unit_bottom_rank b ON b.year = g.year AND b.unit_id = g.unit_id
  LEFT JOIN rewards r ON r.year = g.year AND r.unit_id = g.unit_id
  WHERE g.year = $year
)
SELECT u.unit_id, u.name, pg.name AS group_name,
       b.grade AS grade_before, a.grade AS grade_after,
       b.in_bottom_two AS bottom_two_before, a.in_bottom_two AS bottom_two_after,
       b.total_bonus::VARCHAR AS bonus_before, a.total_bonus::VARCHAR AS bonus_after,
       (b.total_bonus IS NOT NULL AND a.total_bonus IS NOT NULL) AS bonus_known,
       (a.total_bonus - b.total_bonus)::VARCHAR AS bonus_change
FROM units u
LEFT JOIN kaohe_stored_policy_groups pg ON pg.year = u.year AND pg.group_id = u.group_id
LEFT JOIN before b ON b.unit_id = u.unit_id
LEFT JOIN after a ON a.unit_id = u.unit_id
WHERE u.year = $year
  AND (b.grade IS DISTINCT FROM a.grade
       OR b.in_bottom_two IS DISTINCT FROM a.in_bottom_two
       OR b.total_bonus IS DISTINCT FROM a.total_bonus)
ORDER BY u.unit_id;
