-- Rule 7: rank in group (组内排名): RANK by target score, descending, within the year's group.
DELETE FROM unit_group_rank WHERE year IN (SELECT year FROM scope_years);
INSERT INTO unit_group_rank
SELECT u.year, u.unit_id,
       rank() OVER (PARTITION BY u.year, u.group_id ORDER BY t.target_score DESC)
FROM units u
JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
WHERE u.year IN (SELECT year FROM scope_years);
