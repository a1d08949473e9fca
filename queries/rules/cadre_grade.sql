-- Rule 5: a cadre's suggested grade is the band of its composite score on the cadre scale
-- (优秀/称职/基本称职/不称职); the grade is the final grade of final_grades.csv (区委常委会审定)
-- when there is one, else the suggested grade.
DELETE FROM cadre_grade WHERE year IN (SELECT year FROM scope_years);
INSERT INTO cadre_grade
SELECT c.year, c.cadre_id, s.suggested, f.grade, coalesce(f.grade, s.suggested)
FROM cadre_composite c
JOIN policy_rules p ON p.year = c.year
CROSS JOIN LATERAL (
  SELECT CASE WHEN c.composite_score >= p.band_top THEN 'excellent'
              WHEN c.composite_score >= p.band_second THEN 'competent'
              WHEN c.composite_score >= p.band_third THEN 'basically_competent'
              ELSE 'incompetent' END AS suggested
) s
LEFT JOIN final_grades f ON f.year = c.year AND f.cadre_id = c.cadre_id
WHERE c.year IN (SELECT year FROM scope_years);
