-- The rows of one staged file after its header (line __HEADER_LINE__), blank ones left out, with
-- their LINE and their cells under the canonical column names (__CELLS__, generated from the
-- header's mapping to src/lib/bundle/tables.ts). __LINE__ is the record number (the row's place,
-- counted from the table's first rowid m.first — rows not yet committed are numbered from 2^55 —
-- plus 1 and the blank records before it, from stage/blanks.sql) or, for a
-- workbook's sheet, the row number in its first column. A view: read twice (the cell checks,
-- the valid rows), it costs less than a stored copy.
CREATE OR REPLACE TEMP VIEW __VIEW__ AS
SELECT 行号, __CELLS__
FROM (SELECT __LINE__ AS 行号, t.* FROM __TABLE__ t CROSS JOIN (SELECT min(rowid) AS first FROM __TABLE__) m)
WHERE 行号 > __HEADER_LINE__ AND NOT (__BLANK__);
