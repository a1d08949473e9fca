-- A target score's item is an item of its unit's template (a row naming no valid unit is
-- already refused for its unit).
SELECT $file_no, 0, s.行号, $col_no, 0, $file, $column,
  '考核项目 “' || quoted(s.__COLUMN__, $max_quote) || '” 不属于单位类型 “' || u.scope || '”'
FROM __SOURCE__ s JOIN names u ON u.kind = 'unit' AND u.value = s.unit_id
WHERE s.__COLUMN__ <> ''
  AND NOT EXISTS (SELECT 1 FROM names n WHERE n.kind = 'item' AND n.scope = u.scope AND n.value = s.__COLUMN__)
