-- The satisfaction trend (满意度趋势) over all years, one row per year and series:
--   subject 'team':  the team unanimous rate (领导班子“好”满票率) of each category;
--   subject 'cadre': the cadre unanimous rate (领导干部“优秀”满票率) of the whole year, over both
--                    categories' summed counts.
-- Each as the page prints it (chart tips, table): a percentage with one decimal from the counts
-- (share_percent1; rule 11's 4-decimal rate rounded again could differ), cast to DOUBLE only
-- after; a rate over none is null.
-- nullable: category, rate
SELECT year, 'team' AS subject, category,
       teams::INTEGER AS total, teams_unanimous::INTEGER AS unanimous,
       (CASE WHEN teams > 0 THEN share_percent1(teams_unanimous, teams) END)::DOUBLE AS rate
FROM satisfaction
UNION ALL
SELECT year, 'cadre' AS subject, NULL AS category,
       sum(cadres)::INTEGER AS total, sum(cadres_unanimous)::INTEGER AS unanimous,
       (CASE WHEN sum(cadres) > 0 THEN share_percent1(sum(cadres_unanimous), sum(cadres)) END)::DOUBLE AS rate
FROM satisfaction
GROUP BY year
ORDER BY year, subject DESC, category;
