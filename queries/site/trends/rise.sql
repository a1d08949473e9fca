-- The team unanimous rate (领导班子“好”满票率) per year: of each category as stored, and of the
-- whole district (category 'all'), an exact division of the summed counts rounded to 4 (rule 11).
-- The /trends page states the rise from the first year to the report's year with these numbers.
-- nullable: rate
SELECT year, category,
       teams::INTEGER AS teams, teams_unanimous::INTEGER AS unanimous,
       team_unanimous_rate::DOUBLE AS rate
FROM satisfaction
UNION ALL
SELECT year, 'all' AS category,
       sum(teams)::INTEGER AS teams, sum(teams_unanimous)::INTEGER AS unanimous,
       (CASE WHEN sum(teams) > 0 THEN round4(exact_div(sum(teams_unanimous), sum(teams))) END)::DOUBLE AS rate
FROM satisfaction
GROUP BY year
ORDER BY year, category;
