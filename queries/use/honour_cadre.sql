-- 市级综合先进 priority (cadres): cadres graded 优秀 in $year, by composite score, the first
-- $honour_top (a page parameter).
-- nullable: cadre_id, cadre_name, role, grade, prev_grade, composite_score, democratic_score, bottom_rank, prev_bottom_rank, approval_share, incompetent_share, promote_share, non_leadership_share, demote_share, flagged_aspects, team_band, policy_value, principal, target_score
SELECT f.* EXCLUDE (year), NULL::DOUBLE AS policy_value
FROM use_figures f
WHERE f.year = $year AND f.subject = 'cadre' AND f.grade = 'excellent'
ORDER BY f.composite_score DESC, f.democratic_score DESC, f.cadre_id
LIMIT CAST($honour_top AS INTEGER);
