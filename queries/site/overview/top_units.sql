-- The overview's honour roll for one year ($year): the units graded 特优 (outstanding) and 优秀
-- (excellent), best grade first, then by category, group and rank in the group, with the scores
-- that put them there and, for 特优, the competitive-vote (同台PK) result.
-- nullable: composite_score, pk_votes
SELECT u.grade,
       u.category,
       u.group_name,
       u.unit_id,
       u.name,
       u.target_score::DOUBLE AS target_score,
       u.composite_score::DOUBLE AS composite_score,
       u.rank_in_group::INTEGER AS rank_in_group,
       u.pk_votes::INTEGER AS pk_votes
FROM unit_results u
WHERE u.year = $year AND u.grade IN ('outstanding', 'excellent')
ORDER BY unit_grade_order(u.grade),
         category_order(u.category),
         u.group_id, u.rank_in_group, u.unit_id;
