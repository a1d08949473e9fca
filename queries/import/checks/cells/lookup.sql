-- A code or reference names something of its list ($kind in names: the policy's groups,
-- templates, veto items, aspects, rater groups, the roles and grades, the bundle's valid units
-- and cadres), by id or by a name unique in the list. $before and $after word the problem.
SELECT $file_no, 0, 行号, $col_no, 0, $file, $column, $before || quoted(__COLUMN__, $max_quote) || $after
FROM __SOURCE__ s
WHERE __COLUMN__ <> '' AND NOT EXISTS (SELECT 1 FROM names n WHERE n.kind = $kind AND n.value = s.__COLUMN__)
