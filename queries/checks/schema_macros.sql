-- The macros of the open warehouse (queries/schema/macros.sql, vocabulary.sql) with their
-- definitions, compared with a freshly built warehouse: the rules compute with them. kind: 'macro'
-- or 'table_macro' (the migration drops one no longer in the schema).
SELECT function_name AS name, function_type AS kind, string_agg(macro_definition, '; ' ORDER BY macro_definition) AS definition
FROM duckdb_functions()
WHERE database_name = current_database() AND schema_name = 'main' AND function_type IN ('macro', 'table_macro')
GROUP BY ALL
ORDER BY name;
