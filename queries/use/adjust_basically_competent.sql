-- 职务调整 (基本称职 twice): cadres graded 基本称职 in $year and the year before (the alert
-- basically_competent_consecutive). Figures (use_figures): both years' grades.
-- nullable: cadre_id, cadre_name, role, grade, prev_grade, composite_score, democratic_score, bottom_rank, prev_bottom_rank, approval_share, incompetent_share, promote_share, non_leadership_share, demote_share, flagged_aspects, team_band, policy_value, principal, target_score
SELECT f.* EXCLUDE (year), NULL::DOUBLE AS policy_value
FROM use_figures f
JOIN alerts a ON a.year = f.year AND a.cadre_id = f.cadre_id AND a.kind = 'basically_competent_consecutive'
WHERE f.year = $year AND f.subject = 'cadre'
ORDER BY f.composite_score, f.cadre_id;
