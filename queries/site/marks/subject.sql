-- The stored marks of 评议质量 of one team ($subject 'team', $id its unit) or cadre ($subject
-- 'cadre') in every year, for its dossier: a point lookup in quality_marks.
-- nullable: size, size_unit, signal
SELECT subject, subject_id, year, kind, CAST(size AS DOUBLE) AS size, size_unit, signal
FROM quality_marks
WHERE subject = $subject AND subject_id = $id
ORDER BY year, position;
