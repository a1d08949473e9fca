-- Each unit's feedback sheet (反馈单) of one year ($year): its scores, ranks, grade and bonus, with
-- the size of its group and of its bottom-two pool so a rank reads as "3 / 28"; the year-end item
-- score and the periodic score (平时考核, null without it) and the committee's comment on the team.
-- nullable: democratic_score, composite_score, bottom_rank, base_bonus, extra_bonus, total_bonus, item_score, periodic_score, comment
SELECT u.unit_id,
       u.name,
       u.category,
       u.group_name,
       u.target_score::DOUBLE AS target_score,
       u.vetoed,
       u.democratic_score::DOUBLE AS democratic_score,
       u.composite_score::DOUBLE AS composite_score,
       u.rank_in_group::INTEGER AS rank_in_group,
       (count(*) OVER (PARTITION BY u.group_id))::INTEGER AS group_size,
       u.bottom_rank::INTEGER AS bottom_rank,
       u.grade,
       r.base_bonus::DOUBLE AS base_bonus,
       r.extra_bonus::DOUBLE AS extra_bonus,
       r.total_bonus::DOUBLE AS total_bonus,
       u.item_score::DOUBLE AS item_score,
       u.periodic_score::DOUBLE AS periodic_score,
       c.comment
FROM unit_results u
LEFT JOIN rewards r ON r.year = u.year AND r.unit_id = u.unit_id
LEFT JOIN comments c ON c.year = u.year AND c.subject = 'team' AND c.unit_id = u.unit_id
WHERE u.year = $year
ORDER BY u.unit_id;
