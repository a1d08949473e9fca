-- A count is a whole number ≥ 0 (digits only), and at most $max_count.
SELECT $file_no, 0, 行号, $col_no, 0, $file, $column,
  CASE WHEN regexp_full_match(__COLUMN__, '[0-9]+') THEN '数值过大：' || quoted(__COLUMN__, $max_quote)
       ELSE '应为不小于 0 的整数，而不是 “' || quoted(__COLUMN__, $max_quote) || '”' END
FROM __SOURCE__
WHERE __COLUMN__ <> ''
  AND (NOT regexp_full_match(__COLUMN__, '[0-9]+') OR coalesce(TRY_CAST(__COLUMN__ AS HUGEINT) > $max_count, true))
