-- The stored marks of 评议质量 of one year in one statement (src/lib/warehouse/quality-marks.ts):
-- $marks a JSON array of rows by column name, size as exact decimal text. (Not DuckDB's
-- appender: the check recomputes into temporary tables of a read-only warehouse, which SQL
-- reaches by name and the appender does not.)
INSERT INTO quality_marks (year, subject, subject_id, position, kind, size, size_unit, signal)
SELECT m.year, m.subject, m.subject_id, m.position, m.kind, m.size, m.size_unit, m.signal
FROM (SELECT unnest(from_json($marks, '[{"year":"INTEGER","subject":"VARCHAR","subject_id":"VARCHAR","position":"INTEGER","kind":"VARCHAR","size":"VARCHAR","size_unit":"VARCHAR","signal":"VARCHAR"}]')) AS m);
