-- One stored mark of 评议质量 (src/lib/warehouse/quality-marks.ts): $position its place in its
-- subject's list; $size and $size_unit for a close result, $signal for a signal, else null.
INSERT INTO quality_marks (year, subject, subject_id, position, kind, size, size_unit, signal)
VALUES ($year, $subject, $subject_id, $position, $kind, $size, $size_unit, $signal);
