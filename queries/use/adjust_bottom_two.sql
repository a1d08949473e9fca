-- 职务调整 (bottom two twice): the principal leaders of a unit in the bottom two of its pool in $year
-- and in the year before (the alert bottom_two_consecutive), or the team when the unit has no
-- principal leader. Figures (use_figures): the bottom rank of both years, the policy's bottom_two_size.
-- nullable: cadre_id, cadre_name, role, grade, prev_grade, composite_score, democratic_score, bottom_rank, prev_bottom_rank, approval_share, incompetent_share, promote_share, non_leadership_share, demote_share, flagged_aspects, team_band, policy_value, principal, target_score
SELECT f.* EXCLUDE (year), p.bottom_two_size::DOUBLE AS policy_value
FROM alerts a
JOIN use_figures f ON f.year = a.year AND f.unit_id = a.unit_id
  AND (f.cadre_id = a.cadre_id OR (a.cadre_id IS NULL AND f.subject = 'team'))
JOIN policy_rules p ON p.year = a.year
WHERE a.year = $year AND a.kind = 'bottom_two_consecutive'
ORDER BY f.category, f.bottom_rank, f.unit_id, f.cadre_id NULLS FIRST;
