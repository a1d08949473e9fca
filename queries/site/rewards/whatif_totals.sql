-- The what-if totals of one year ($year, $standard, $basic_rate; see rewards_whatif.sql) by grade
-- and over the year (grade null), next to the stored totals, exact decimal text.
-- nullable: grade
WITH p AS (
  SELECT CAST($standard AS DECIMAL(38,12)) AS standard, CAST($basic_rate AS DECIMAL(38,12)) AS basic_rate
), rated AS (
  SELECT r.grade, r.staff, r.target_score, r.base_bonus, r.total_bonus,
         CASE WHEN r.grade IN ('qualified', 'excellent', 'outstanding') THEN 1::DECIMAL(38,12)
              WHEN r.grade = 'basically_qualified' THEN p.basic_rate
              ELSE 0::DECIMAL(38,12) END AS rate,
         p.standard,
         round2(coalesce(x.amount, 0)) AS extra
  FROM rewards r
  CROSS JOIN p
  LEFT JOIN policy_reward_extra x ON x.year = r.year AND x.grade = r.grade
  WHERE r.year = $year
), computed AS (
  SELECT *,
         round2(CAST(CAST(CAST(standard * target_score AS DECIMAL(38,12)) * staff AS DECIMAL(38,12)) * rate
                AS DECIMAL(38,12))) AS base
  FROM rated
)
SELECT CASE WHEN GROUPING(grade) = 0 THEN grade END AS grade,
       count(*)::INTEGER AS units,
       CAST(sum(base_bonus) AS VARCHAR) AS stored_base,
       CAST(sum(total_bonus) AS VARCHAR) AS stored_total,
       CAST(sum(base) AS VARCHAR) AS whatif_base,
       CAST(sum(extra) AS VARCHAR) AS whatif_extra,
       CAST(sum(base + extra) AS VARCHAR) AS whatif_total,
       CAST(sum(base + extra) - sum(total_bonus) AS VARCHAR) AS diff
FROM computed
GROUP BY GROUPING SETS ((grade), ())
ORDER BY GROUPING(grade), grade;
