-- The indexes of the open warehouse. The schema makes none (queries/import/stage/insert.sql): one
-- there is an older version's, which the migration drops and the check names.
SELECT index_name AS name, table_name
FROM duckdb_indexes()
WHERE database_name = current_database() AND schema_name = 'main'
ORDER BY name;
