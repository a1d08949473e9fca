-- Rules 1 and 2: a unit's target score (综合目标考核得分) is the sum of its item points, rounded to
-- 2 decimals; it is vetoed (一票否决) when vetoes.csv has at least one row for it.
DELETE FROM unit_target WHERE year IN (SELECT year FROM scope_years);
INSERT INTO unit_target
SELECT u.year, u.unit_id,
       round2(coalesce(sum(t.points), 0)) AS target_score,
       EXISTS (SELECT 1 FROM vetoes v WHERE v.year = u.year AND v.unit_id = u.unit_id) AS vetoed
FROM units u
LEFT JOIN target_scores t ON t.year = u.year AND t.unit_id = u.unit_id
WHERE u.year IN (SELECT year FROM scope_years)
GROUP BY u.year, u.unit_id;
