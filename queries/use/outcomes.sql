-- What became of last year's decisions: in $year, every cadre's and every team's grade (the
-- subject of a decision of $year - 1 is looked up here by its id), and the alerts it raised.
-- nullable: alerts
SELECT 'cadre' AS subject, c.cadre_id AS subject_id, c.name, c.grade,
       (SELECT string_agg(a.kind, ',' ORDER BY a.kind) FROM alerts a WHERE a.year = c.year AND a.cadre_id = c.cadre_id) AS alerts
FROM cadre_results c WHERE c.year = $year
UNION ALL
SELECT 'team', u.unit_id, u.name, u.grade,
       (SELECT string_agg(DISTINCT a.kind, ',' ORDER BY a.kind) FROM alerts a WHERE a.year = u.year AND a.unit_id = u.unit_id AND a.kind = 'bottom_two_consecutive')
FROM unit_results u WHERE u.year = $year;
