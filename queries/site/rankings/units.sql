-- Group rankings (分组排名) of one year ($year): every unit with its group, ordered within the group
-- by rank_in_group (target score, descending), with its rank in the year before (Y−1) and the group
-- it was in then, so the page can show the rank change (↑2 / ↓1 / 新). veto_items names the veto
-- items (一票否决) the unit was vetoed on. Scores are cast to DOUBLE after the rules rounded them.
-- nullable: composite_score, veto_items, pk_votes, prev_rank, prev_group_id
SELECT u.category,
       u.group_id,
       u.group_name,
       g.bottom_two_exempt AS group_exempt,
       u.unit_id,
       u.name,
       u.target_score::DOUBLE AS target_score,
       u.composite_score::DOUBLE AS composite_score,
       u.rank_in_group::INTEGER AS rank_in_group,
       u.grade,
       u.vetoed,
       (SELECT string_agg(coalesce(vi.name, v.item_id), '、' ORDER BY v.item_id)
          FROM vetoes v
          LEFT JOIN policy_veto_items vi ON vi.year = v.year AND vi.veto_id = v.item_id
         WHERE v.year = u.year AND v.unit_id = u.unit_id) AS veto_items,
       u.pk_candidate,
       u.pk_awaiting,
       u.pk_votes::INTEGER AS pk_votes,
       p.rank_in_group::INTEGER AS prev_rank,
       p.group_id AS prev_group_id
FROM unit_results u
JOIN policy_groups g ON g.year = u.year AND g.group_id = u.group_id
LEFT JOIN unit_results p ON p.year = u.year - 1 AND p.unit_id = u.unit_id
WHERE u.year = $year
ORDER BY category_order(u.category),
         u.group_id, u.rank_in_group, u.target_score DESC, u.unit_id;
