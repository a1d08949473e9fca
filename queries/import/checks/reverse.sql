-- Reverse evaluation (__SOURCE__, subject column __SUBJECT__), as one row per subject and aspect
-- (__LONG__, what the year table holds): no count above the participants, and the usage intents
-- ($usage, cadres only) together neither. $aspects orders the columns as the file has them.
CREATE OR REPLACE TEMP TABLE __LONG__ AS
SELECT * FROM (UNPIVOT __SOURCE__ ON COLUMNS(* EXCLUDE (行号, __SUBJECT__, participants)) INTO NAME aspect_id VALUE ticks);
INSERT INTO problems
SELECT $file_no, 1, 行号, list_position($aspects, aspect_id), 0, $file, aspect_id, '人数 ' || ticks || ' 超过参评人数 ' || participants
FROM __LONG__ WHERE ticks > participants;
INSERT INTO problems
SELECT $file_no, 1, 行号, len($aspects) + 1, 0, $file, array_to_string($usage, '+'), '使用意向合计 ' || sum(ticks) || ' 超过参评人数 ' || any_value(participants)
FROM __LONG__ WHERE list_contains($usage, aspect_id)
GROUP BY 行号 HAVING sum(ticks) > any_value(participants);
