-- A veto's item is a veto item of its unit's template.
INSERT INTO problems
SELECT $file_no, 1, v.行号, 0, 0, $file, 'item_id',
  '否决项目 “' || quoted(v.item_id, $max_quote) || '” 不在单位类型 “' || u.scope || '” 的否决项目中'
FROM ok_vetoes v JOIN names u ON u.kind = 'unit' AND u.value = v.unit_id
WHERE NOT EXISTS (SELECT 1 FROM names t WHERE t.kind = 'template_veto' AND t.scope = u.scope AND t.id = v.item_id);
