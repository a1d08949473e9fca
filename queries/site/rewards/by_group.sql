-- The rewards of one year ($year) totalled by assessment group (考核组), one row per group in the
-- order of category and group: units, staff, the base, extra and total bonuses (exact sums as
-- text for the page, DOUBLE for the downloads) and the per-capita bonus (total / staff, exact,
-- rounded to 2; null with no staff).
-- nullable: group_name
SELECT u.category,
       u.group_id,
       u.group_name,
       count(*)::INTEGER AS units,
       sum(r.staff)::INTEGER AS staff,
       CAST(sum(r.base_bonus) AS VARCHAR) AS base_text,
       CAST(sum(r.extra_bonus) AS VARCHAR) AS extra_text,
       CAST(sum(r.total_bonus) AS VARCHAR) AS total_text,
       sum(r.base_bonus)::DOUBLE AS base_bonus,
       sum(r.extra_bonus)::DOUBLE AS extra_bonus,
       sum(r.total_bonus)::DOUBLE AS total_bonus,
       (CASE WHEN sum(r.staff) > 0 THEN round2(exact_div(sum(r.total_bonus), sum(r.staff))) END)::DOUBLE AS per_capita
FROM rewards r
JOIN unit_results u ON u.year = r.year AND u.unit_id = r.unit_id
WHERE r.year = $year
GROUP BY u.category, u.group_id, u.group_name
ORDER BY u.category, u.group_id;
