-- A checked file's rows into its year table, by column name (a ballot file without rater groups
-- leaves rater_group NULL); DuckDB casts the text of points to DECIMAL(38,12).
INSERT INTO __TARGET__ BY NAME SELECT $year AS year, * EXCLUDE (行号) FROM __SOURCE__;
