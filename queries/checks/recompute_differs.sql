-- The strongest check: the rules (and the stored marks of 评议质量) recomputed from the stored input against the stored results.
-- Runs on the check's own connection inside a transaction that is always rolled back, where
-- src/lib/warehouse/check.ts has made, for each table T the rules write, a temporary table T
-- (filled by the rules; it shadows the stored one) and a temporary view kaohe_stored_T over the
-- stored table. Returns, per table and year, the rows only stored and the rows only recomputed
-- (EXCEPT ALL both ways: a row stored twice counts twice). No row: the stored results are right.
-- Stored rows of years not in `years` are left to orphan_rows.sql.
-- Every table the rules write is listed here (test/warehouse/check.test.ts fails when one is missing).
WITH diff AS (
  SELECT 'unit_target' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_unit_target WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM unit_target)
  UNION ALL
  SELECT 'unit_target', year, 'recomputed' FROM (SELECT * FROM unit_target EXCEPT ALL SELECT * FROM kaohe_stored_unit_target WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'team_democratic' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_team_democratic WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM team_democratic)
  UNION ALL
  SELECT 'team_democratic', year, 'recomputed' FROM (SELECT * FROM team_democratic EXCEPT ALL SELECT * FROM kaohe_stored_team_democratic WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'cadre_democratic' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_cadre_democratic WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM cadre_democratic)
  UNION ALL
  SELECT 'cadre_democratic', year, 'recomputed' FROM (SELECT * FROM cadre_democratic EXCEPT ALL SELECT * FROM kaohe_stored_cadre_democratic WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'unit_composite' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_unit_composite WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM unit_composite)
  UNION ALL
  SELECT 'unit_composite', year, 'recomputed' FROM (SELECT * FROM unit_composite EXCEPT ALL SELECT * FROM kaohe_stored_unit_composite WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'cadre_composite' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_cadre_composite WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM cadre_composite)
  UNION ALL
  SELECT 'cadre_composite', year, 'recomputed' FROM (SELECT * FROM cadre_composite EXCEPT ALL SELECT * FROM kaohe_stored_cadre_composite WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'cadre_grade' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_cadre_grade WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM cadre_grade)
  UNION ALL
  SELECT 'cadre_grade', year, 'recomputed' FROM (SELECT * FROM cadre_grade EXCEPT ALL SELECT * FROM kaohe_stored_cadre_grade WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'unit_grade' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_unit_grade WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM unit_grade)
  UNION ALL
  SELECT 'unit_grade', year, 'recomputed' FROM (SELECT * FROM unit_grade EXCEPT ALL SELECT * FROM kaohe_stored_unit_grade WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'unit_group_rank' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_unit_group_rank WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM unit_group_rank)
  UNION ALL
  SELECT 'unit_group_rank', year, 'recomputed' FROM (SELECT * FROM unit_group_rank EXCEPT ALL SELECT * FROM kaohe_stored_unit_group_rank WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'unit_bottom_rank' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_unit_bottom_rank WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM unit_bottom_rank)
  UNION ALL
  SELECT 'unit_bottom_rank', year, 'recomputed' FROM (SELECT * FROM unit_bottom_rank EXCEPT ALL SELECT * FROM kaohe_stored_unit_bottom_rank WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'alerts' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_alerts WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM alerts)
  UNION ALL
  SELECT 'alerts', year, 'recomputed' FROM (SELECT * FROM alerts EXCEPT ALL SELECT * FROM kaohe_stored_alerts WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'rewards' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_rewards WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM rewards)
  UNION ALL
  SELECT 'rewards', year, 'recomputed' FROM (SELECT * FROM rewards EXCEPT ALL SELECT * FROM kaohe_stored_rewards WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'satisfaction' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_satisfaction WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM satisfaction)
  UNION ALL
  SELECT 'satisfaction', year, 'recomputed' FROM (SELECT * FROM satisfaction EXCEPT ALL SELECT * FROM kaohe_stored_satisfaction WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'reverse_shares' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_reverse_shares WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM reverse_shares)
  UNION ALL
  SELECT 'reverse_shares', year, 'recomputed' FROM (SELECT * FROM reverse_shares EXCEPT ALL SELECT * FROM kaohe_stored_reverse_shares WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'democratic_parts' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_democratic_parts WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM democratic_parts)
  UNION ALL
  SELECT 'democratic_parts', year, 'recomputed' FROM (SELECT * FROM democratic_parts EXCEPT ALL SELECT * FROM kaohe_stored_democratic_parts WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'training_needs' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_training_needs WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM training_needs)
  UNION ALL
  SELECT 'training_needs', year, 'recomputed' FROM (SELECT * FROM training_needs EXCEPT ALL SELECT * FROM kaohe_stored_training_needs WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'comments' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_comments WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM comments)
  UNION ALL
  SELECT 'comments', year, 'recomputed' FROM (SELECT * FROM comments EXCEPT ALL SELECT * FROM kaohe_stored_comments WHERE year IN (SELECT year FROM years))
  UNION ALL
  SELECT 'quality_marks' AS table_name, year, 'stored' AS side FROM (SELECT * FROM kaohe_stored_quality_marks WHERE year IN (SELECT year FROM years) EXCEPT ALL SELECT * FROM quality_marks)
  UNION ALL
  SELECT 'quality_marks', year, 'recomputed' FROM (SELECT * FROM quality_marks EXCEPT ALL SELECT * FROM kaohe_stored_quality_marks WHERE year IN (SELECT year FROM years))
)
SELECT table_name, year,
       count(*) FILTER (WHERE side = 'stored')::INTEGER AS stored_only,
       count(*) FILTER (WHERE side = 'recomputed')::INTEGER AS recomputed_only
FROM diff
GROUP BY ALL
ORDER BY table_name, year;
