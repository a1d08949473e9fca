-- A problem found outside SQL (a header, a missing file), in its place among the others.
INSERT INTO problems VALUES ($file_no, $phase, $line::INTEGER, $col_no, 0, $file, $column::VARCHAR, $message);
