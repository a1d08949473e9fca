-- Rule 10: the target-assessment bonus (综合目标考核奖). rate 1 for 达标 and above, basic_rate
-- for 基本达标 (80% in the district), 0 for 不达标; base = per-capita-per-point standard × target
-- score × staff × rate; extra = reward.extra[grade] (3–4万元 for 优秀/特优 in the district) or 0.
-- The rule itself is macros.sql's reward_rate, reward_scale, reward_base and reward_extras (the
-- rewards page's what-if uses them too): each bonus in 64-bit integers where it fits, else in
-- DECIMAL(38,12) as the contract's steps (both give the same numbers).
DELETE FROM rewards WHERE year IN (SELECT year FROM scope_years);
INSERT INTO rewards
WITH p AS (
  SELECT year, per_point_per_capita AS standard, basic_rate, reward_scale(per_point_per_capita, basic_rate) AS s
  FROM policy_rules
  WHERE year IN (SELECT year FROM scope_years)
), computed AS (
  SELECT u.year, u.unit_id, g.grade, u.staff, t.target_score,
         reward_rate(g.grade, 1::DECIMAL(38,12), p.basic_rate) AS rate,
         reward_base(g.grade, t.target_score, u.staff, p.standard, p.basic_rate, p.s) AS base,
         coalesce(x.extra2, 0) AS extra2
  FROM units u
  JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
  JOIN unit_grade g ON g.year = u.year AND g.unit_id = u.unit_id
  JOIN p ON p.year = u.year
  LEFT JOIN reward_extras() x ON x.year = u.year AND x.grade = g.grade
  WHERE u.year IN (SELECT year FROM scope_years)
)
SELECT year, unit_id, grade, staff, target_score, round4(rate), base, extra2, base + extra2
FROM computed;
