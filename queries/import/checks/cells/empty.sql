-- A cell that must be filled is empty (after trimming). __SOURCE__ is a file's rows
-- (stage/rows.sql), __COLUMN__ the column checked; $file, $column name them in the problem.
SELECT $file_no, 0, 行号, $col_no, 0, $file, $column, '不能为空'
FROM __SOURCE__ WHERE __COLUMN__ = ''
