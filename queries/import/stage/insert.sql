-- A checked file's rows into its year table, by column name (a ballot file without rater groups
-- leaves rater_group NULL); DuckDB casts the text of points to DECIMAL(38,12).
-- In the order of the file's id (__ID__, unit_id or cadre_id): a year's rows then lie in row
-- groups of few ids, whose min/max (DuckDB's zone maps) let a dossier's lookup by id skip the
-- others. ART indexes did that too, but made every commit slow: at 20× the sample a
-- year's import took 12 s to commit with them and 0.5 s without, for a dossier 20% faster.
INSERT INTO __TARGET__ BY NAME SELECT $year AS year, * EXCLUDE (行号) FROM __SOURCE__ ORDER BY __ID__;
