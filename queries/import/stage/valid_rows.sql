-- The rows of one file whose every cell passed its checks, codes and names resolved to ids and
-- counts as numbers (__VALUES__, generated from the file's columns in src/lib/bundle/tables.ts).
CREATE OR REPLACE TEMP TABLE __TARGET__ AS
SELECT s.行号, __VALUES__
FROM __SOURCE__ s
WHERE s.行号 NOT IN (SELECT line FROM problems WHERE file_no = $file_no AND phase = 0);
