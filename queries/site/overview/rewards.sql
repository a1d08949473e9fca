-- The overview's bonus figures for one year ($year) and the year before: units rewarded, staff,
-- and the total bonus (exact text for display, DOUBLE for arithmetic).
SELECT r.year,
       count(*)::INTEGER AS units,
       sum(r.staff)::DOUBLE AS staff,
       CAST(sum(r.total_bonus) AS VARCHAR) AS total_text,
       sum(r.total_bonus)::DOUBLE AS total
FROM rewards r
WHERE r.year IN ($year::INTEGER, $year::INTEGER - 1)
GROUP BY r.year
ORDER BY r.year;
