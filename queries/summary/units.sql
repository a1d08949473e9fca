-- The published grade lists (公示) of one year ($year): every unit with its group, grade, target
-- and composite scores and rank in its group, ordered by group, then grade (best first), then rank.
-- Public: only what the report publishes about a unit.
-- nullable: composite_score
SELECT u.category,
       u.group_id,
       u.group_name,
       u.unit_id,
       u.name,
       u.grade,
       u.target_score::DOUBLE AS target_score,
       u.composite_score::DOUBLE AS composite_score,
       u.rank_in_group::INTEGER AS rank_in_group
FROM unit_results u
WHERE u.year = $year
ORDER BY CASE u.category WHEN 'department' THEN 0 WHEN 'township' THEN 1 ELSE 2 END,
         u.group_id,
         CASE u.grade WHEN 'outstanding' THEN 0 WHEN 'excellent' THEN 1 WHEN 'qualified' THEN 2
                      WHEN 'basically_qualified' THEN 3 WHEN 'unqualified' THEN 4 ELSE 5 END,
         u.rank_in_group, u.unit_id;
