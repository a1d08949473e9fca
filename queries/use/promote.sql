-- 提拔/后备干部 leads: members (not principal leaders) graded 优秀 in $year whose raters' intent
-- 提拔 reaches $promote_share_min (a page parameter: the policy does not fix it).
-- nullable: cadre_id, cadre_name, role, grade, prev_grade, composite_score, democratic_score, bottom_rank, prev_bottom_rank, approval_share, incompetent_share, promote_share, non_leadership_share, demote_share, flagged_aspects, team_band, policy_value, principal, target_score
SELECT f.* EXCLUDE (year), NULL::DOUBLE AS policy_value
FROM use_figures f
WHERE f.year = $year AND f.subject = 'cadre' AND NOT f.principal AND f.grade = 'excellent'
  AND CAST(f.promote_share AS DECIMAL(18,4)) >= CAST($promote_share_min AS DECIMAL(18,4))
ORDER BY f.promote_share DESC, f.composite_score DESC, f.cadre_id;
