-- Periodic scores (平时考核): points within 0..$max, and every unit at least one row (only when
-- the file was given).
INSERT INTO problems
SELECT $file_no, 1, 行号, 0, 0, $file, 'points', '得分 ' || quoted(points, $max_quote) || ' 超出范围 0..' || $max
FROM ok_periodic_scores
WHERE coalesce(exact12(points) < 0 OR exact12(points) > $max::DECIMAL(38,12), true);
INSERT INTO problems
SELECT $file_no, 2, NULL, 0, u.position, $file, 'unit_id', '单位 ' || u.value || ' 没有平时考核得分'
FROM names u
WHERE u.kind = 'unit' AND $given AND NOT EXISTS (SELECT 1 FROM ok_periodic_scores p WHERE p.unit_id = u.value);
