-- What-if for $year: the alerts that the edited policy adds or removes, in $year and in the year
-- after (whose cross-year alerts look back at $year). side: 'added' or 'removed'.
WITH changed AS (
  SELECT 'removed' AS side, * FROM (
    SELECT year, kind, unit_id, cadre_id FROM kaohe_stored_alerts WHERE year IN ($year, $year + 1)
    EXCEPT ALL SELECT year, kind, unit_id, cadre_id FROM alerts WHERE year IN ($year, $year + 1))
  UNION ALL
  SELECT 'added', * FROM (
    SELECT year, kind, unit_id, cadre_id FROM alerts WHERE year IN ($year, $year + 1)
    EXCEPT ALL SELECT year, kind, unit_id, cadre_id FROM kaohe_stored_alerts WHERE year IN ($year, $year + 1))
)
SELECT x.side, x.year, x.kind, x.unit_id, u.name AS unit_name, x.cadre_id, c.name AS cadre_name
FROM changed x
LEFT JOIN units u ON u.year = x.year AND u.unit_id = x.unit_id
LEFT JOIN cadres c ON c.year = x.year AND c.cadre_id = x.cadre_id
ORDER BY x.year, x.kind, x.unit_id, x.cadre_id, x.side;
