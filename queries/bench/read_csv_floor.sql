-- The benchmark's floor for an import: bare DuckDB reading one CSV file ($file) of a bundle into
-- a table, every column as text, no checks and no rules. DuckDB reads no GB18030: such a file
-- is read as latin-1 ($encoding), byte for byte, which costs the same parsing.
CREATE OR REPLACE TABLE bench_floor AS SELECT * FROM read_csv($file, all_varchar = true, encoding = $encoding);
