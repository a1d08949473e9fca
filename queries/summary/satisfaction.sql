-- The satisfaction figures of the summary: every year up to $year, per category, the share of
-- teams with a unanimous 好 and of cadres with a unanimous 优秀 (aggregates only); and the year's
-- share of cadres with a unanimous 优秀 over all categories (year_cadre_rate, on each row of the
-- year). Each as the summary prints it, a percentage with one decimal, from the counts
-- (share_percent1: rule 11's 4-decimal rates rounded again could differ); over none, null.
-- nullable: team_rate, cadre_rate, year_cadre_rate
SELECT year,
       category,
       teams::INTEGER AS teams,
       teams_unanimous::INTEGER AS teams_unanimous,
       CASE WHEN teams > 0 THEN share_percent1(teams_unanimous, teams)::DOUBLE END AS team_rate,
       cadres::INTEGER AS cadres,
       cadres_unanimous::INTEGER AS cadres_unanimous,
       CASE WHEN cadres > 0 THEN share_percent1(cadres_unanimous, cadres)::DOUBLE END AS cadre_rate,
       CASE WHEN sum(cadres) OVER (PARTITION BY year) > 0
            THEN share_percent1(sum(cadres_unanimous) OVER (PARTITION BY year), sum(cadres) OVER (PARTITION BY year))::DOUBLE END AS year_cadre_rate
FROM satisfaction
WHERE year <= $year
ORDER BY year, category_order(category);
