-- ratio4, reverse_shares' flag and the bonus as computed before issue #10's 64-bit paths: every
-- step in HUGEINT / DECIMAL(38,12) (the test's reference for int64.test.ts; reads the same tables,
-- writes temp tables ref_*).
CREATE OR REPLACE TEMP MACRO ref_ratio4(n, d) AS
  CAST((CAST(n AS HUGEINT) * 20000 + d) // (2 * CAST(d AS HUGEINT)) AS DECIMAL(18,0)) * 0.0001::DECIMAL(5,4);

CREATE OR REPLACE TEMP TABLE ref_rewards AS
WITH rated AS (
  SELECT u.year, u.unit_id, g.grade, u.staff, t.target_score, p.per_point_per_capita,
         CASE WHEN g.grade IN ('qualified', 'excellent', 'outstanding') THEN 1::DECIMAL(38,12)
              WHEN g.grade = 'basically_qualified' THEN p.basic_rate
              ELSE 0::DECIMAL(38,12) END AS rate,
         coalesce(x.amount, 0) AS extra
  FROM units u
  JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
  JOIN unit_grade g ON g.year = u.year AND g.unit_id = u.unit_id
  JOIN policy_rules p ON p.year = u.year
  LEFT JOIN policy_reward_extra x ON x.year = u.year AND x.grade = g.grade
), computed AS (
  SELECT *,
         round2(CAST(CAST(CAST(per_point_per_capita * target_score AS DECIMAL(38,12)) * staff AS DECIMAL(38,12)) * rate
                AS DECIMAL(38,12))) AS base,
         round2(extra) AS extra2
  FROM rated
)
SELECT year, unit_id, grade, staff, target_score, round4(rate) AS rate, base, extra2, base + extra2 AS total
FROM computed;
