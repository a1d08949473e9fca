-- Rule 4: the composite score (综合得分) = w·target + (1−w)·democratic, from the rounded scores.
-- Teams and principal leaders (党政主要负责人) use principal_target_weight (60/40 in the district);
-- other members member_target_weight (40/60). A cadre takes its unit's target score. In 64-bit
-- integers within blend2's bounds (macros.sql), with the weights × 10¹² once per year.
DELETE FROM unit_composite WHERE year IN (SELECT year FROM scope_years);
INSERT INTO unit_composite
WITH p AS (
  SELECT year, principal_target_weight AS w, to_int64(policy12(principal_target_weight)) AS w12 FROM policy_rules
)
SELECT t.year, t.unit_id, blend2(p.w, p.w12, t.target_score, d.democratic_score)
FROM unit_target t
JOIN team_democratic d ON d.year = t.year AND d.unit_id = t.unit_id
JOIN p ON p.year = t.year
WHERE t.year IN (SELECT year FROM scope_years);

DELETE FROM cadre_composite WHERE year IN (SELECT year FROM scope_years);
INSERT INTO cadre_composite
WITH p AS (
  SELECT year, principal_target_weight AS pw, to_int64(policy12(principal_target_weight)) AS pw12,
         member_target_weight AS mw, to_int64(policy12(member_target_weight)) AS mw12
  FROM policy_rules
)
SELECT c.year, c.cadre_id, t.target_score,
       CASE WHEN is_principal(c.role)
            THEN blend2(p.pw, p.pw12, t.target_score, d.democratic_score)
            ELSE blend2(p.mw, p.mw12, t.target_score, d.democratic_score) END
FROM cadres c
JOIN unit_target t ON t.year = c.year AND t.unit_id = c.unit_id
JOIN cadre_democratic d ON d.year = c.year AND d.cadre_id = c.cadre_id
JOIN p ON p.year = c.year
WHERE c.year IN (SELECT year FROM scope_years);
