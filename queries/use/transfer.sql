-- 转岗/改非 leads: cadres of $year whose raters' intents 改非 and 降职 together reach
-- $transfer_share_min, or with at least $transfer_flags_min flagged reverse aspects (weaknesses of
-- leadership). Both thresholds are page parameters: the policy does not fix them. The shares
-- (4-decimal numbers, DOUBLE in use_figures) are compared as the exact decimals they are.
-- nullable: cadre_id, cadre_name, role, grade, prev_grade, composite_score, democratic_score, bottom_rank, prev_bottom_rank, approval_share, incompetent_share, promote_share, non_leadership_share, demote_share, flagged_aspects, team_band, policy_value, principal, target_score
SELECT f.* EXCLUDE (year), NULL::DOUBLE AS policy_value
FROM use_figures f
WHERE f.year = $year AND f.subject = 'cadre'
  AND (coalesce(CAST(f.non_leadership_share AS DECIMAL(18,4)), 0) + coalesce(CAST(f.demote_share AS DECIMAL(18,4)), 0)
           >= CAST($transfer_share_min AS DECIMAL(18,4))
       OR f.flags >= CAST($transfer_flags_min AS INTEGER))
ORDER BY coalesce(f.non_leadership_share, 0) + coalesce(f.demote_share, 0) DESC, f.flags DESC, f.cadre_id;
