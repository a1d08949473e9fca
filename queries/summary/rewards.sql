-- The reward totals of the summary for one year ($year), per unit grade and for the whole year
-- (grade null): units, staff, and the bonus as exact text and as DOUBLE.
-- nullable: grade
SELECT r.grade,
       count(*)::INTEGER AS units,
       sum(r.staff)::DOUBLE AS staff,
       CAST(sum(r.total_bonus) AS VARCHAR) AS total_text,
       sum(r.total_bonus)::DOUBLE AS total
FROM rewards r
WHERE r.year = $year
GROUP BY GROUPING SETS ((r.grade), ())
ORDER BY r.grade IS NULL,
         CASE r.grade WHEN 'outstanding' THEN 0 WHEN 'excellent' THEN 1 WHEN 'qualified' THEN 2
                      WHEN 'basically_qualified' THEN 3 WHEN 'unqualified' THEN 4 ELSE 5 END;
