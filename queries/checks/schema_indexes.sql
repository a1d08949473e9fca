-- The indexes of the open warehouse (queries/schema/indexes.sql) with their table and columns,
-- compared with a freshly built warehouse: a missing one makes the dossiers scan whole tables.
SELECT index_name AS name, table_name, expressions
FROM duckdb_indexes()
WHERE database_name = current_database() AND schema_name = 'main'
ORDER BY name;
