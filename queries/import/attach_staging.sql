-- Attaches a staged year's file read-only as `staging` (see copy_staging). DuckDB's ATTACH takes
-- no bound parameters: the placeholder below is replaced by the file's path as a quoted SQL
-- string (src/lib/warehouse/staging.ts), a path the site itself made.
ATTACH __STAGING_FILE__ AS staging (READ_ONLY);
