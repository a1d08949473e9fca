-- The overview's year-against-year figures ($year against $year - 1): per year, per category and
-- for the whole district (category null), the units assessed, the mean target and composite
-- scores (rounded to 2), the units vetoed (一票否决) and in the bottom two, and the bonus (total and
-- per member of staff, exact, rounded to 2). Grades per category come from grade_counts.sql.
-- nullable: category, target_mean, composite_mean, total_bonus, per_capita
SELECT u.year::INTEGER AS year,
       u.category,
       count(*)::INTEGER AS units,
       round(avg(u.target_score), 2)::DOUBLE AS target_mean,
       round(avg(u.composite_score), 2)::DOUBLE AS composite_mean,
       (count(*) FILTER (WHERE u.vetoed))::INTEGER AS vetoed,
       (count(*) FILTER (WHERE u.in_bottom_two))::INTEGER AS bottom_two,
       sum(r.total_bonus)::DOUBLE AS total_bonus,
       (CASE WHEN sum(r.staff) > 0 THEN round2(exact_div(sum(r.total_bonus), sum(r.staff))) END)::DOUBLE AS per_capita
FROM unit_results u
LEFT JOIN rewards r ON r.year = u.year AND r.unit_id = u.unit_id
WHERE u.year IN ($year::INTEGER, $year::INTEGER - 1)
GROUP BY GROUPING SETS ((u.year, u.category), (u.year))
ORDER BY year, category NULLS FIRST;
