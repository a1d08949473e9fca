-- The rewards of one year ($year) totalled by grade (kind 'grade'), by group (kind 'group') and
-- over the whole year (kind 'all'): units, staff, the base, extra and total bonuses (exact sums as
-- text) and the per-capita bonus (total / staff, exact, rounded to 2).
WITH r AS (
  SELECT r.*, u.category, u.group_id, u.group_name
  FROM rewards r
  JOIN unit_results u ON u.year = r.year AND u.unit_id = r.unit_id
  WHERE r.year = $year
), t AS (
  SELECT CASE WHEN GROUPING(grade) = 0 THEN 'grade' WHEN GROUPING(group_id) = 0 THEN 'group' ELSE 'all' END AS kind,
         grade, category, group_id, group_name,
         count(*)::INTEGER AS units,
         sum(staff)::BIGINT AS staff,
         sum(base_bonus) AS base, sum(extra_bonus) AS extra, sum(total_bonus) AS total
  FROM r
  GROUP BY GROUPING SETS ((grade), (category, group_id, group_name), ())
)
SELECT kind, grade, category, group_id, group_name, units, staff::DOUBLE AS staff,
       CAST(base AS VARCHAR) AS base_text, CAST(extra AS VARCHAR) AS extra_text, CAST(total AS VARCHAR) AS total_text,
       total::DOUBLE AS total,
       (CASE WHEN staff > 0 THEN round2(exact_div(total, staff)) END)::DOUBLE AS per_capita
FROM t
ORDER BY kind, category, group_id, grade;
