-- What-if (假设测算) for one year ($year): rule 10 (macros.sql's reward_base, as rules/rewards.sql
-- stores it) with a reward standard ($standard, 人均每分奖励标准) and basic rate ($basic_rate,
-- 基本达标比例) the user gives (decimal text, as a policy's values are stored), from the stored
-- target scores, staff and grades; next to the stored bonuses. Reads only: nothing stored changes.
-- One row per unit.
WITH p AS (
  SELECT standard, basic_rate, reward_scale(standard, basic_rate) AS s
  FROM (SELECT CAST($standard AS DECIMAL(38,12)) AS standard, CAST($basic_rate AS DECIMAL(38,12)) AS basic_rate)
), computed AS (
  SELECT r.unit_id, u.name, u.category, r.grade, r.staff, r.target_score,
         r.base_bonus, r.total_bonus,
         reward_base(r.grade, r.target_score, r.staff, p.standard, p.basic_rate, p.s) AS base,
         coalesce(x.extra2, 0) AS extra
  FROM rewards r
  JOIN unit_results u ON u.year = r.year AND u.unit_id = r.unit_id
  CROSS JOIN p
  LEFT JOIN reward_extras() x ON x.year = r.year AND x.grade = r.grade
  WHERE r.year = $year
)
SELECT unit_id, name, category, grade, staff::INTEGER AS staff, target_score::DOUBLE AS target_score,
       CAST(base_bonus AS VARCHAR) AS stored_base, CAST(total_bonus AS VARCHAR) AS stored_total,
       CAST(base AS VARCHAR) AS whatif_base, CAST(extra AS VARCHAR) AS whatif_extra,
       CAST(base + extra AS VARCHAR) AS whatif_total,
       CAST(base + extra - total_bonus AS VARCHAR) AS diff
FROM computed
ORDER BY total_bonus DESC, unit_id;
