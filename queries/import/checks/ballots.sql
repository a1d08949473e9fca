-- Ballots (__SOURCE__, subject column __SUBJECT__): a row's counts (__TOTAL__, their sum) add up
-- to more than 0; and every subject ($subject_kind in names) has every aspect ($aspect_kind), in
-- some rater group (only when the file was given). $label names the subject.
INSERT INTO problems
SELECT $file_no, 1, 行号, 0, 0, $file, 'aspect_id', '该测评项目的票数合计为 0'
FROM __SOURCE__ WHERE __TOTAL__ = 0;
INSERT INTO problems
SELECT $file_no, 2, NULL, 0, row_number() OVER (ORDER BY s.position, a.position), $file, 'aspect_id',
  $label || ' ' || s.value || ' 缺少测评项目 “' || a.id || '” 的票'
FROM names s JOIN names a ON a.kind = $aspect_kind AND a.value = a.id
WHERE s.kind = $subject_kind AND $given
  AND NOT EXISTS (SELECT 1 FROM __SOURCE__ b WHERE b.__SUBJECT__ = s.value AND b.aspect_id = a.id);
