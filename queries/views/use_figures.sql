-- use_figures: the figures every personnel action of 结果运用 (queries/use/) rests on, one row per
-- year for each cadre (subject 'cadre') and each team (subject 'team', with no cadre): both years'
-- grades and bottom ranks, the scores and vote shares, and the cadre's usage intents (提拔, 改非,
-- 降职) and flagged reverse aspects of that year. Each action selects its rows from here by its
-- rule, so the figures are defined once. (After unit_results and cadre_results: views are created
-- in the order of their file names.)
CREATE OR REPLACE VIEW use_figures AS
WITH usage AS (
  SELECT s.year, s.cadre_id,
         max(s.share) FILTER (WHERE s.aspect_id = 'promote') AS promote_share,
         max(s.share) FILTER (WHERE s.aspect_id = 'non_leadership') AS non_leadership_share,
         max(s.share) FILTER (WHERE s.aspect_id = 'demote') AS demote_share,
         count(*) FILTER (WHERE s.flagged) AS flags,
         string_agg(a.name, '、' ORDER BY a.position) FILTER (WHERE s.flagged) AS flagged_aspects
  FROM reverse_shares s
  LEFT JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = 'cadre' AND a.aspect_id = s.aspect_id
  WHERE s.subject = 'cadre'
  GROUP BY s.year, s.cadre_id
)
SELECT c.year, 'cadre' AS subject, c.cadre_id AS subject_id,
       u.unit_id, u.name AS unit_name, u.category, u.group_name,
       c.cadre_id, c.name AS cadre_name, c.role, c.principal,
       c.grade, pc.grade AS prev_grade,
       c.composite_score::DOUBLE AS composite_score,
       c.democratic_score::DOUBLE AS democratic_score,
       u.target_score::DOUBLE AS target_score,
       u.bottom_rank::INTEGER AS bottom_rank, pu.bottom_rank::INTEGER AS prev_bottom_rank,
       c.approval_share::DOUBLE AS approval_share, c.incompetent_share::DOUBLE AS incompetent_share,
       us.promote_share::DOUBLE AS promote_share, us.non_leadership_share::DOUBLE AS non_leadership_share,
       us.demote_share::DOUBLE AS demote_share, coalesce(us.flags, 0)::INTEGER AS flags, us.flagged_aspects,
       u.democratic_band AS team_band
FROM cadre_results c
JOIN unit_results u ON u.year = c.year AND u.unit_id = c.unit_id
LEFT JOIN unit_results pu ON pu.year = c.year - 1 AND pu.unit_id = c.unit_id
LEFT JOIN cadre_results pc ON pc.year = c.year - 1 AND pc.cadre_id = c.cadre_id
LEFT JOIN usage us ON us.year = c.year AND us.cadre_id = c.cadre_id
UNION ALL
SELECT u.year, 'team', u.unit_id,
       u.unit_id, u.name, u.category, u.group_name,
       NULL, NULL, NULL, NULL,
       u.grade, pu.grade,
       u.composite_score::DOUBLE, u.democratic_score::DOUBLE, u.target_score::DOUBLE,
       u.bottom_rank::INTEGER, pu.bottom_rank::INTEGER,
       NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE, NULL::DOUBLE, 0::INTEGER, NULL::VARCHAR,
       u.democratic_band
FROM unit_results u
LEFT JOIN unit_results pu ON pu.year = u.year - 1 AND pu.unit_id = u.unit_id;
