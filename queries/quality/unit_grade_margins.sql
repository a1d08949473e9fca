-- Margins of the unit grades (达标/基本达标/不达标) of the year $year, in target points: the
-- distance of the target score to the bounds of rules/unit_grade.sql (qualified_min, basic_min),
-- up to the next grade (reach the bound) and down to the one below (fall 0.01 under it; target
-- scores have two decimals). A vetoed unit (一票否决) is 不达标 whatever its score: no margin.
-- nullable: points_up, points_down
SELECT u.unit_id, u.name, t.target_score, t.vetoed, g.grade,
       CASE WHEN t.vetoed THEN NULL
            WHEN t.target_score < p.basic_min THEN CAST(p.basic_min - t.target_score AS DECIMAL(18,2))
            WHEN t.target_score < p.qualified_min THEN CAST(p.qualified_min - t.target_score AS DECIMAL(18,2)) END AS points_up,
       CASE WHEN t.vetoed OR t.target_score < p.basic_min THEN NULL
            WHEN t.target_score < p.qualified_min THEN CAST(t.target_score - p.basic_min + 0.01 AS DECIMAL(18,2))
            ELSE CAST(t.target_score - p.qualified_min + 0.01 AS DECIMAL(18,2)) END AS points_down
FROM units u
JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
JOIN unit_grade g ON g.year = u.year AND g.unit_id = u.unit_id
JOIN policy_rules p ON p.year = u.year
WHERE u.year = $year
ORDER BY u.unit_id;
