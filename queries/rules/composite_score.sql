-- Rule 4: the composite score (综合得分) = w·target + (1−w)·democratic, from the rounded scores.
-- Teams and principal leaders (党政主要负责人) use principal_target_weight (60/40 in the district);
-- other members member_target_weight (40/60). A cadre takes its unit's target score.
DELETE FROM unit_composite WHERE year IN (SELECT year FROM scope_years);
INSERT INTO unit_composite
SELECT t.year, t.unit_id,
       round2(CAST(p.principal_target_weight * t.target_score AS DECIMAL(38,12))
              + CAST((1 - p.principal_target_weight) * d.democratic_score AS DECIMAL(38,12)))
FROM unit_target t
JOIN team_democratic d ON d.year = t.year AND d.unit_id = t.unit_id
JOIN policy_rules p ON p.year = t.year
WHERE t.year IN (SELECT year FROM scope_years);

DELETE FROM cadre_composite WHERE year IN (SELECT year FROM scope_years);
INSERT INTO cadre_composite
SELECT c.year, c.cadre_id, t.target_score,
       round2(CAST(w.w * t.target_score AS DECIMAL(38,12))
              + CAST((1 - w.w) * d.democratic_score AS DECIMAL(38,12)))
FROM cadres c
JOIN unit_target t ON t.year = c.year AND t.unit_id = c.unit_id
JOIN cadre_democratic d ON d.year = c.year AND d.cadre_id = c.cadre_id
JOIN policy_rules p ON p.year = c.year
CROSS JOIN LATERAL (
  SELECT CASE WHEN c.role IN ('party_secretary', 'administrative_head')
              THEN p.principal_target_weight ELSE p.member_target_weight END AS w
) w
WHERE c.year IN (SELECT year FROM scope_years);
