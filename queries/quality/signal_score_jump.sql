-- Signal 分数突变 (a jump) of the year $year: a team's or cadre's democratic score that differs
-- by more than $jump points from its score of the year before (the same unit_id or cadre_id in
-- year $year − 1).
-- nullable: cadre_name
WITH scores AS (
  SELECT 'team' AS subject, year, unit_id AS subject_id, unit_id, democratic_score FROM team_democratic
  WHERE year IN ($year::INTEGER, $year::INTEGER - 1)
  UNION ALL
  SELECT 'cadre', d.year, d.cadre_id, c.unit_id, d.democratic_score
  FROM cadre_democratic d JOIN cadres c ON c.year = d.year AND c.cadre_id = d.cadre_id
  WHERE d.year IN ($year::INTEGER, $year::INTEGER - 1)
)
SELECT n.subject, n.subject_id, n.unit_id, u.name AS unit_name, k.name AS cadre_name,
       p.democratic_score AS previous, n.democratic_score AS score,
       CAST(n.democratic_score - p.democratic_score AS DECIMAL(18,2)) AS change
FROM scores n
JOIN scores p ON p.subject = n.subject AND p.subject_id = n.subject_id AND p.year = $year::INTEGER - 1
JOIN units u ON u.year = $year AND u.unit_id = n.unit_id
LEFT JOIN cadres k ON k.year = $year AND k.cadre_id = CASE WHEN n.subject = 'cadre' THEN n.subject_id END
WHERE n.year = $year AND abs(n.democratic_score - p.democratic_score) > CAST($jump AS DECIMAL(18,2))
ORDER BY abs(n.democratic_score - p.democratic_score) DESC, n.subject DESC, n.subject_id;
