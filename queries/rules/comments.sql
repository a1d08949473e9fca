-- Comments (评语) of the district committee, as given (trimmed): one row per team (cadre_id null)
-- and per cadre (unit_id its unit).
DELETE FROM comments WHERE year IN (SELECT year FROM scope_years);
INSERT INTO comments
SELECT t.year, 'team', t.unit_id, NULL, t.comment
FROM team_comments t WHERE t.year IN (SELECT year FROM scope_years)
UNION ALL
SELECT k.year, 'cadre', c.unit_id, k.cadre_id, k.comment
FROM cadre_comments k
JOIN cadres c ON c.year = k.year AND c.cadre_id = k.cadre_id
WHERE k.year IN (SELECT year FROM scope_years);
