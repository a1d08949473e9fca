-- Points are a decimal number ($pattern, as src/lib/bundle/decimal.ts reads one).
SELECT $file_no, 0, 行号, $col_no, 0, $file, $column, '应为数字，而不是 “' || quoted(__COLUMN__, $max_quote) || '”'
FROM __SOURCE__ WHERE __COLUMN__ <> '' AND NOT regexp_full_match(__COLUMN__, $pattern)
