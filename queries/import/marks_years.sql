-- The years whose marks of 评议质量 (quality_marks) an import or a check stores afresh: those of
-- alert_years that are imported — the years in scope and the year after each, whose 分数突变
-- compares it with the year before (queries/quality/signal_score_jump.sql).
SELECT year FROM alert_years WHERE year IN (SELECT year FROM years) ORDER BY year;
