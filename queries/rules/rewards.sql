-- Rule 10: the target-assessment bonus (综合目标考核奖). rate 1 for 达标 and above, basic_rate
-- for 基本达标 (80% in the district), 0 for 不达标; base = per-capita-per-point standard × target
-- score × staff × rate; extra = reward.extra[grade] (3–4万元 for 优秀/特优 in the district) or 0.
-- Each bonus in 64-bit integers within the bounds of reward_scales() (macros.sql), else in
-- DECIMAL(38,12) as the contract's steps (both give the same numbers).
DELETE FROM rewards WHERE year IN (SELECT year FROM scope_years);
INSERT INTO rewards
WITH rated AS (
  SELECT u.year, u.unit_id, g.grade, u.staff, t.target_score, p.per_point_per_capita,
         CASE WHEN g.grade IN ('qualified', 'excellent', 'outstanding') THEN 1::DECIMAL(38,12)
              WHEN g.grade = 'basically_qualified' THEN p.basic_rate
              ELSE 0::DECIMAL(38,12) END AS rate,
         CASE WHEN g.grade IN ('qualified', 'excellent', 'outstanding') THEN s.one
              WHEN g.grade = 'basically_qualified' THEN s.b
              ELSE 0 END AS r,
         CAST(t.target_score * 100 AS BIGINT) AS t100, s.c, s.p, s.l,
         coalesce(x.extra2, 0) AS extra2
  FROM units u
  JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
  JOIN unit_grade g ON g.year = u.year AND g.unit_id = u.unit_id
  JOIN policy_rules p ON p.year = u.year
  LEFT JOIN reward_scales() s ON s.year = u.year
  LEFT JOIN (SELECT year, grade, round2(amount) AS extra2 FROM policy_reward_extra) x ON x.year = u.year AND x.grade = g.grade
  WHERE u.year IN (SELECT year FROM scope_years)
), computed AS (
  SELECT *,
         CASE WHEN abs(t100) <= l AND staff <= l // greatest(abs(t100), 1)
              THEN CAST(round_div((t100 * staff) * (c * r), p) AS DECIMAL(18,0)) * 0.01::DECIMAL(3,2)
              ELSE round2(CAST(CAST(CAST(per_point_per_capita * target_score AS DECIMAL(38,12)) * staff AS DECIMAL(38,12)) * rate
                          AS DECIMAL(38,12))) END AS base
  FROM rated
)
SELECT year, unit_id, grade, staff, target_score, round4(rate), base, extra2, base + extra2
FROM computed;
