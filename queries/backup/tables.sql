-- The stored tables a backup holds: every table of the open warehouse's main schema except
-- kaohe_schema (its hash is in the manifest; a restored warehouse gets its own from the migration).
SELECT table_name AS name
FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND table_name <> 'kaohe_schema'
ORDER BY name;
