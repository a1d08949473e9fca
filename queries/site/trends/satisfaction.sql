-- The satisfaction trend (满意度趋势) over all years, one row per year and series:
--   subject 'team':  the team unanimous rate (领导班子“好”满票率) of each category, as stored;
--   subject 'cadre': the cadre unanimous rate (领导干部“优秀”满票率) of the whole year, over both
--                    categories: exact division of the summed counts, rounded to 4 (rule 11).
-- Rates are cast to DOUBLE only after the rounding; a rate over no cadres is null.
-- nullable: category, rate
SELECT year, 'team' AS subject, category,
       teams::INTEGER AS total, teams_unanimous::INTEGER AS unanimous,
       team_unanimous_rate::DOUBLE AS rate
FROM satisfaction
UNION ALL
SELECT year, 'cadre' AS subject, NULL AS category,
       sum(cadres)::INTEGER AS total, sum(cadres_unanimous)::INTEGER AS unanimous,
       (CASE WHEN sum(cadres) > 0 THEN round4(exact_div(sum(cadres_unanimous), sum(cadres))) END)::DOUBLE AS rate
FROM satisfaction
GROUP BY year
ORDER BY year, subject DESC, category;
