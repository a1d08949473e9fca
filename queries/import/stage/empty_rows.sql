-- A file that was not read (missing, or its header wrong) as an empty table of its columns, so
-- that the checks over it see no rows (__COLUMNS__ generated as for valid_rows).
CREATE OR REPLACE TEMP TABLE __TARGET__ (行号 INTEGER, __COLUMNS__);
