-- The what-if totals of one year ($year, $standard, $basic_rate; see whatif.sql) by grade and over
-- the year (grade null), next to the stored totals, exact decimal text.
-- nullable: grade
WITH p AS (
  SELECT standard, basic_rate, reward_scale(standard, basic_rate) AS s
  FROM (SELECT CAST($standard AS DECIMAL(38,12)) AS standard, CAST($basic_rate AS DECIMAL(38,12)) AS basic_rate)
), computed AS (
  SELECT r.grade, r.base_bonus, r.total_bonus,
         reward_base(r.grade, r.target_score, r.staff, p.standard, p.basic_rate, p.s) AS base,
         coalesce(x.extra2, 0) AS extra
  FROM rewards r
  CROSS JOIN p
  LEFT JOIN reward_extras() x ON x.year = r.year AND x.grade = r.grade
  WHERE r.year = $year
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
