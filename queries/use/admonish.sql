-- 诫勉谈话: cadres whose share of 优秀 and 称职 votes in $year is below the policy's
-- admonish_share_below (the alert admonition). Figures (use_figures): the share and the threshold.
-- nullable: cadre_id, cadre_name, role, grade, prev_grade, composite_score, democratic_score, bottom_rank, prev_bottom_rank, approval_share, incompetent_share, promote_share, non_leadership_share, demote_share, flagged_aspects, team_band, policy_value, principal, target_score
SELECT f.* EXCLUDE (year), p.admonish_share_below::DOUBLE AS policy_value
FROM use_figures f
JOIN alerts a ON a.year = f.year AND a.cadre_id = f.cadre_id AND a.kind = 'admonition'
JOIN policy_rules p ON p.year = f.year
WHERE f.year = $year AND f.subject = 'cadre'
ORDER BY f.approval_share, f.cadre_id;
