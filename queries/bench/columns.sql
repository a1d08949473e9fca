-- The columns of the warehouse's stored tables in their order, for the benchmark's checksum of
-- every row on DuckDB and PostgreSQL (test/bench/postgres.ts).
SELECT table_name, column_name
FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
ORDER BY table_name, column_index;
