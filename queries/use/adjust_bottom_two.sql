-- 职务调整 (bottom two twice): the principal leaders of a unit in the bottom two of its pool in $year
-- and in the year before (the alert bottom_two_consecutive), one row with no cadre when the unit has
-- no principal leader. Figures: the bottom rank of both years, the policy's bottom_two_size.
-- nullable: cadre_id, cadre_name, role, grade, prev_grade, composite_score, democratic_score, bottom_rank, prev_bottom_rank, approval_share, incompetent_share, promote_share, non_leadership_share, demote_share, flagged_aspects, team_band, policy_value
WITH usage AS (
  -- the cadre's usage intents (提拔, 改非, 降职) and its flagged reverse aspects, this year
  SELECT s.cadre_id,
         max(s.share) FILTER (WHERE s.aspect_id = 'promote') AS promote_share,
         max(s.share) FILTER (WHERE s.aspect_id = 'non_leadership') AS non_leadership_share,
         max(s.share) FILTER (WHERE s.aspect_id = 'demote') AS demote_share,
         count(*) FILTER (WHERE s.flagged) AS flags,
         string_agg(a.name, '、' ORDER BY a.position) FILTER (WHERE s.flagged) AS flagged_aspects
  FROM reverse_shares s
  LEFT JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = 'cadre' AND a.aspect_id = s.aspect_id
  WHERE s.year = $year AND s.subject = 'cadre'
  GROUP BY s.cadre_id
)
SELECT CASE WHEN c.cadre_id IS NULL THEN 'team' ELSE 'cadre' END AS subject,
       coalesce(c.cadre_id, u.unit_id) AS subject_id,
       u.unit_id, u.name AS unit_name, u.category, u.group_name,
       c.cadre_id, c.name AS cadre_name, c.role,
       c.grade AS grade, pc.grade AS prev_grade,
       c.composite_score::DOUBLE AS composite_score,
       c.democratic_score::DOUBLE AS democratic_score,
       u.bottom_rank::INTEGER AS bottom_rank, pu.bottom_rank::INTEGER AS prev_bottom_rank,
       c.approval_share::DOUBLE AS approval_share, c.incompetent_share::DOUBLE AS incompetent_share,
       us.promote_share::DOUBLE AS promote_share, us.non_leadership_share::DOUBLE AS non_leadership_share,
       us.demote_share::DOUBLE AS demote_share, coalesce(us.flags, 0)::INTEGER AS flags, us.flagged_aspects,
       u.democratic_band AS team_band,
       p.bottom_two_size::DOUBLE AS policy_value
FROM alerts a
JOIN unit_results u ON u.year = a.year AND u.unit_id = a.unit_id
LEFT JOIN unit_results pu ON pu.year = a.year - 1 AND pu.unit_id = a.unit_id
LEFT JOIN cadre_results c ON c.year = a.year AND c.cadre_id = a.cadre_id
LEFT JOIN cadre_results pc ON pc.year = a.year - 1 AND pc.cadre_id = a.cadre_id
LEFT JOIN usage us ON us.cadre_id = a.cadre_id
JOIN policy_rules p ON p.year = a.year
WHERE a.year = $year AND a.kind = 'bottom_two_consecutive'
ORDER BY u.category, u.bottom_rank, u.unit_id, c.cadre_id NULLS FIRST;
