-- The first $max problems of a bundle, in the order of its files, rows and columns.
SELECT file, line, "column", message FROM problems ORDER BY file_no, phase, line NULLS FIRST, col_no, ord LIMIT $max;
