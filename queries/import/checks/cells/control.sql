-- A control character ($pattern: every one in a name or code, all but tabs and line breaks in a
-- free text) would show one name as another, or end it early.
SELECT $file_no, 0, 行号, $col_no, 0, $file, $column,
  '含控制字符 ' || printf('U+%04X', unicode(regexp_extract(__COLUMN__, $pattern))) || '，请删除'
FROM __SOURCE__ WHERE __COLUMN__ <> '' AND regexp_matches(__COLUMN__, $pattern)
