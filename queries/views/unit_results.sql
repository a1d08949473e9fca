-- unit_results (CONTRACT.md): one row per year and unit, joining what the rules computed.
CREATE OR REPLACE VIEW unit_results AS
SELECT u.year, u.unit_id, u.name, g.category, u.group_id, u.template, u.staff,
       t.target_score, t.vetoed,
       d.democratic_score, d.democratic_band,
       c.composite_score,
       r.rank_in_group, b.bottom_rank, b.in_bottom_two,
       gr.pk_candidate, gr.pk_awaiting, gr.pk_votes, gr.grade,
       g.name AS group_name,
       t.item_score, t.periodic_score
FROM units u
JOIN policy_groups g ON g.year = u.year AND g.group_id = u.group_id
JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
LEFT JOIN team_democratic d ON d.year = u.year AND d.unit_id = u.unit_id
LEFT JOIN unit_composite c ON c.year = u.year AND c.unit_id = u.unit_id
JOIN unit_group_rank r ON r.year = u.year AND r.unit_id = u.unit_id
JOIN unit_bottom_rank b ON b.year = u.year AND b.unit_id = u.unit_id
JOIN unit_grade gr ON gr.year = u.year AND gr.unit_id = u.unit_id;
