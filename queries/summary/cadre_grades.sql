-- The cadre grades of one year ($year) as counts per category and grade: the most the public
-- summary says about cadres.
SELECT u.category,
       c.grade,
       count(*)::INTEGER AS cadres
FROM cadre_results c
JOIN unit_results u ON u.year = c.year AND u.unit_id = c.unit_id
WHERE c.year = $year
GROUP BY u.category, c.grade
ORDER BY u.category, c.grade;
