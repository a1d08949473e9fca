-- The rewards of one year ($year) totalled by unit grade (等次), one row per grade that has units:
-- units, staff, the base, extra and total bonuses (exact sums as text for the page, DOUBLE for
-- the downloads) and the per-capita bonus (total / staff, exact, rounded to 2; null with no staff).
SELECT grade,
       count(*)::INTEGER AS units,
       sum(staff)::INTEGER AS staff,
       CAST(sum(base_bonus) AS VARCHAR) AS base_text,
       CAST(sum(extra_bonus) AS VARCHAR) AS extra_text,
       CAST(sum(total_bonus) AS VARCHAR) AS total_text,
       sum(base_bonus)::DOUBLE AS base_bonus,
       sum(extra_bonus)::DOUBLE AS extra_bonus,
       sum(total_bonus)::DOUBLE AS total_bonus,
       (CASE WHEN sum(staff) > 0 THEN round2(exact_div(sum(total_bonus), sum(staff))) END)::DOUBLE AS per_capita
FROM rewards
WHERE year = $year
GROUP BY grade
ORDER BY unit_grade_order(grade), grade;
