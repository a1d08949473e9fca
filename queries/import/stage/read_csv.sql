-- One CSV file of a bundle ($path, UTF-8) into a temporary table, every cell trimmed text ('' when
-- empty), in the order of the file (its rowid is its record's place; DuckDB skips blank records,
-- which the caller counts). The header is read as a row like any other. A row shorter than the
-- header is padded, a longer one cut; quotes as in RFC 4180. __COLUMNS__ (c0 … cN as VARCHAR)
-- and __CELLS__ (each trimmed) are generated from the header's width.
CREATE OR REPLACE TEMP TABLE __TABLE__ AS
SELECT __CELLS__
FROM read_csv($path, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
  null_padding = true, strict_mode = false, parallel = $parallel, columns = __COLUMNS__);
