-- What-if (假设测算) for one year ($year): rule 10 again, in exact decimals, with a reward standard
-- ($standard, 人均每分奖励标准) and basic rate ($basic_rate, 基本达标比例) the user gives (decimal
-- text), from the stored target scores, staff and grades; next to the stored bonuses. Reads only:
-- nothing stored changes. One row per unit.
WITH p AS (
  SELECT CAST($standard AS DECIMAL(38,12)) AS standard, CAST($basic_rate AS DECIMAL(38,12)) AS basic_rate
), rated AS (
  SELECT r.unit_id, u.name, u.category, r.grade, r.staff, r.target_score,
         r.base_bonus, r.extra_bonus, r.total_bonus,
         CASE WHEN r.grade IN ('qualified', 'excellent', 'outstanding') THEN 1::DECIMAL(38,12)
              WHEN r.grade = 'basically_qualified' THEN p.basic_rate
              ELSE 0::DECIMAL(38,12) END AS rate,
         p.standard,
         round2(coalesce(x.amount, 0)) AS extra
  FROM rewards r
  JOIN unit_results u ON u.year = r.year AND u.unit_id = r.unit_id
  CROSS JOIN p
  LEFT JOIN policy_reward_extra x ON x.year = r.year AND x.grade = r.grade
  WHERE r.year = $year
), computed AS (
  SELECT *,
         round2(CAST(CAST(CAST(standard * target_score AS DECIMAL(38,12)) * staff AS DECIMAL(38,12)) * rate
                AS DECIMAL(38,12))) AS base
  FROM rated
)
SELECT unit_id, name, category, grade, staff::INTEGER AS staff, target_score::DOUBLE AS target_score,
       CAST(base_bonus AS VARCHAR) AS stored_base, CAST(total_bonus AS VARCHAR) AS stored_total,
       CAST(base AS VARCHAR) AS whatif_base, CAST(extra AS VARCHAR) AS whatif_extra,
       CAST(base + extra AS VARCHAR) AS whatif_total,
       CAST(base + extra - total_bonus AS VARCHAR) AS diff
FROM computed
ORDER BY total_bonus DESC, unit_id;
