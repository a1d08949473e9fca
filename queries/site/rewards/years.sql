-- The years with rewards (奖励分配), one row per year: its policy's reward standard (人均每分奖励标准)
-- and basic rate (基本达标比例) as exact decimal text, the units and staff, the base, extra and
-- total bonuses as exact text for display, the total as DOUBLE for the chart and the downloads,
-- and the per-capita bonus (total / staff, exact, rounded to 2; null with no staff).
-- nullable: per_capita
SELECT r.year,
       p.policy_id,
       rtrim(rtrim(CAST(p.per_point_per_capita AS VARCHAR), '0'), '.') AS standard,
       rtrim(rtrim(CAST(p.basic_rate AS VARCHAR), '0'), '.') AS basic_rate,
       count(*)::INTEGER AS units,
       sum(r.staff)::INTEGER AS staff,
       CAST(sum(r.base_bonus) AS VARCHAR) AS base_text,
       CAST(sum(r.extra_bonus) AS VARCHAR) AS extra_text,
       CAST(sum(r.total_bonus) AS VARCHAR) AS total_text,
       sum(r.total_bonus)::DOUBLE AS total,
       (CASE WHEN sum(r.staff) > 0 THEN round2(exact_div(sum(r.total_bonus), sum(r.staff))) END)::DOUBLE AS per_capita
FROM rewards r
JOIN policy_rules p ON p.year = r.year
GROUP BY r.year, p.policy_id, p.per_point_per_capita, p.basic_rate
ORDER BY r.year;
