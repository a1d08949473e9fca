-- Target scores: points within 0..the item's maximum, and every item of a unit's template scored
-- (the second only when the file was given).
INSERT INTO problems
SELECT $file_no, 1, t.行号, 0, 0, $file, 'points', '得分 ' || quoted(t.points, $max_quote) || ' 超出范围 0..' || m.max_text
FROM ok_target_scores t
JOIN names u ON u.kind = 'unit' AND u.value = t.unit_id
JOIN item_max m ON m.template = u.scope AND m.item_id = t.item_id
WHERE coalesce(exact12(t.points) < 0 OR exact12(t.points) > m.max, true);
INSERT INTO problems
SELECT $file_no, 2, NULL, 0, row_number() OVER (ORDER BY u.position, i.position), $file, 'item_id',
  '单位 ' || u.value || ' 缺少考核项目 “' || i.id || '” 的得分'
FROM names u JOIN names i ON i.kind = 'item' AND i.scope = u.scope AND i.value = i.id
WHERE u.kind = 'unit' AND $given
  AND NOT EXISTS (SELECT 1 FROM ok_target_scores t WHERE t.unit_id = u.value AND t.item_id = i.id);
