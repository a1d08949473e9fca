-- The rewards of one year ($year), one row per unit, with its name, category and group, and the
-- per-capita bonus (人均奖金 = total / staff, exact, rounded to 2; null with no staff).
-- nullable: per_capita
SELECT r.unit_id,
       u.name,
       u.category,
       u.group_id,
       u.group_name,
       r.grade,
       r.staff::INTEGER AS staff,
       r.target_score::DOUBLE AS target_score,
       r.rate::DOUBLE AS rate,
       r.base_bonus::DOUBLE AS base_bonus,
       r.extra_bonus::DOUBLE AS extra_bonus,
       r.total_bonus::DOUBLE AS total_bonus,
       (CASE WHEN r.staff > 0 THEN round2(exact_div(r.total_bonus, r.staff)) END)::DOUBLE AS per_capita
FROM rewards r
JOIN unit_results u ON u.year = r.year AND u.unit_id = r.unit_id
WHERE r.year = $year
ORDER BY r.total_bonus DESC, r.unit_id;
