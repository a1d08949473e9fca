-- The satisfaction figures of the summary: every year up to $year, per category, the share of
-- teams with a unanimous 好 and of cadres with a unanimous 优秀 (aggregates only).
-- nullable: team_rate, cadre_rate
SELECT year,
       category,
       teams::INTEGER AS teams,
       teams_unanimous::INTEGER AS teams_unanimous,
       team_unanimous_rate::DOUBLE AS team_rate,
       cadres::INTEGER AS cadres,
       cadres_unanimous::INTEGER AS cadres_unanimous,
       cadre_unanimous_rate::DOUBLE AS cadre_rate
FROM satisfaction
WHERE year <= $year
ORDER BY year, category_order(category);
