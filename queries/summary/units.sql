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
ORDER BY category_order(u.category),
         u.group_id,
         unit_grade_order(u.grade),
         u.rank_in_group, u.unit_id;
