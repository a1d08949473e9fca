-- Signal 人情票 (favour votes) of the year $year: a team or cadre whose ballots give the top grade
-- (好 / 优秀) in a share ≥ $unanimous (1: every ballot) while its unit is in the bottom two or
-- graded 基本达标 / 不达标 by its targets. The share pools every ballot row of the subject.
-- nullable: cadre_name, bottom_rank
WITH weak AS (
  SELECT g.unit_id, u.name, g.grade, r.in_bottom_two, r.bottom_rank, t.target_score
  FROM unit_grade g
  JOIN units u ON u.year = g.year AND u.unit_id = g.unit_id
  JOIN unit_bottom_rank r ON r.year = g.year AND r.unit_id = g.unit_id
  JOIN unit_target t ON t.year = g.year AND t.unit_id = g.unit_id
  WHERE g.year = $year AND (r.in_bottom_two OR g.grade IN ('basically_qualified', 'unqualified'))
), shares AS (
  SELECT 'team' AS subject, unit_id, unit_id AS subject_id, sum(good) AS top, sum(good + fairly_good + average + poor) AS ballots
  FROM team_ballots WHERE year = $year GROUP BY unit_id
  UNION ALL
  SELECT 'cadre', c.unit_id, b.cadre_id, sum(b.excellent), sum(b.excellent + b.competent + b.basically_competent + b.incompetent)
  FROM cadre_ballots b JOIN cadres c ON c.year = b.year AND c.cadre_id = b.cadre_id
  WHERE b.year = $year GROUP BY c.unit_id, b.cadre_id
)
SELECT w.unit_id, w.name, w.grade, w.in_bottom_two, w.bottom_rank, w.target_score,
       s.subject, s.subject_id, k.name AS cadre_name,
       CAST(s.top AS BIGINT) AS top, CAST(s.ballots AS BIGINT) AS ballots, ratio4(s.top, s.ballots) AS share
FROM weak w
JOIN shares s ON s.unit_id = w.unit_id
LEFT JOIN cadres k ON k.year = $year AND k.cadre_id = CASE WHEN s.subject = 'cadre' THEN s.subject_id END
WHERE s.ballots > 0 AND s.top >= CAST($unanimous AS DECIMAL(18,4)) * s.ballots
ORDER BY w.unit_id, s.subject DESC, s.subject_id;
