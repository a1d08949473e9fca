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
         unit_grade_order(r.grade);
