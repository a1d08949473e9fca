-- 降职 (不称职): cadres graded 不称职 in $year (the alert incompetent). Figures (use_figures): the
-- grade, the share of 不称职 votes and the policy's incompetent_share_min (null when it has none).
-- nullable: cadre_id, cadre_name, role, grade, prev_grade, composite_score, democratic_score, bottom_rank, prev_bottom_rank, approval_share, incompetent_share, promote_share, non_leadership_share, demote_share, flagged_aspects, team_band, policy_value, principal, target_score
SELECT f.* EXCLUDE (year), p.incompetent_share_min::DOUBLE AS policy_value
FROM use_figures f
JOIN alerts a ON a.year = f.year AND a.cadre_id = f.cadre_id AND a.kind = 'incompetent'
JOIN policy_rules p ON p.year = f.year
WHERE f.year = $year AND f.subject = 'cadre'
ORDER BY f.composite_score, f.cadre_id;
