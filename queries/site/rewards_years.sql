-- The years with rewards (奖励分配), each with its policy's reward standard (人均每分奖励标准) and
-- basic rate (基本达标比例) as exact decimal text, and the year's total bonus: exact text for
-- display and DOUBLE for the chart.
SELECT r.year,
       p.policy_id,
       rtrim(rtrim(CAST(p.per_point_per_capita AS VARCHAR), '0'), '.') AS standard,
       rtrim(rtrim(CAST(p.basic_rate AS VARCHAR), '0'), '.') AS basic_rate,
       count(*)::INTEGER AS units,
       sum(r.staff)::BIGINT::DOUBLE AS staff,
       CAST(sum(r.total_bonus) AS VARCHAR) AS total_text,
       sum(r.total_bonus)::DOUBLE AS total
FROM rewards r
JOIN policy_rules p ON p.year = r.year
GROUP BY r.year, p.policy_id, p.per_point_per_capita, p.basic_rate
ORDER BY r.year;
