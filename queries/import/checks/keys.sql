-- A key (__KEY__, the file's key columns) given twice among the valid rows (__SOURCE__, ids
-- resolved): every row after the first is refused, naming the first, and left out.
INSERT INTO problems
SELECT $file_no, 0, s.行号, $col_no, 0, $file, $column,
  '键 ' || concat_ws('+', __KEY__) || ' 重复（第 ' || d.first || ' 行已有）'
FROM __SOURCE__ s
JOIN (SELECT __KEY__, min(行号) AS first FROM __SOURCE__ GROUP BY ALL HAVING count(*) > 1) d USING (__KEY__)
WHERE s.行号 > d.first;
DELETE FROM __SOURCE__ WHERE 行号 IN (SELECT line FROM problems WHERE file_no = $file_no AND phase = 0 AND col_no = $col_no);
