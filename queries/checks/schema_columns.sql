-- Every table and view of the open warehouse (main schema) with its columns, in order, as text
-- "name TYPE [NOT NULL]": compared with a warehouse freshly built from queries/schema and
-- queries/views, so a missing table or view, or a column that differs, is found.
SELECT c.table_name AS name,
       CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END AS kind,
       string_agg(c.column_name || ' ' || c.data_type || CASE WHEN c.is_nullable THEN '' ELSE ' NOT NULL' END, ', '
                  ORDER BY c.column_index) AS columns
FROM duckdb_columns() c
LEFT JOIN duckdb_views() v
  ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
WHERE c.database_name = current_database() AND c.schema_name = 'main'
GROUP BY ALL
ORDER BY name;
