-- The stored marks of 评议质量 of the year $year (quality_marks, the default parameters), of the
-- teams, the cadres or both ($subject 'team', 'cadre' or ''), in each subject's order.
-- nullable: size, size_unit, signal
SELECT subject, subject_id, year, kind, CAST(size AS DOUBLE) AS size, size_unit, signal
FROM quality_marks
WHERE year = $year AND ($subject = '' OR subject = $subject)
ORDER BY subject, subject_id, position;
