-- The columns of table $table, in order, as an appender on it sees them: a temporary table of that
-- name (a what-if's shadow, src/lib/warehouse/shadow.ts) hides the stored one. Rows are loaded by
-- these names (load.ts), so the order of tables.sql is written in one place only.
WITH t AS (
  SELECT database_name, column_name, column_index
  FROM duckdb_columns()
  WHERE table_name = $table AND schema_name = 'main' AND database_name IN ('temp', current_database())
)
SELECT column_name
FROM t
WHERE database_name = (SELECT CASE WHEN bool_or(database_name = 'temp') THEN 'temp' ELSE any_value(database_name) END FROM t)
ORDER BY column_index;
