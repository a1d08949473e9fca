-- The grade mix (考核等次构成) per year and category: the number of units of each unit grade.
SELECT year, category, grade, count(*)::INTEGER AS units
FROM unit_results
GROUP BY year, category, grade
ORDER BY year, category, grade;
