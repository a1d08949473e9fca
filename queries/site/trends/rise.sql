-- The team unanimous rate (领导班子“好”满票率) per year: of each category, and of the whole
-- district (category 'all') over the summed counts, as the page prints it: a percentage with one
-- decimal from the counts (share_percent1; rule 11's 4-decimal rate rounded again could differ).
-- The /trends page states the rise from the first year to the report's year with these numbers.
-- nullable: rate
SELECT year, category,
       teams::INTEGER AS teams, teams_unanimous::INTEGER AS unanimous,
       (CASE WHEN teams > 0 THEN share_percent1(teams_unanimous, teams) END)::DOUBLE AS rate
FROM satisfaction
UNION ALL
SELECT year, 'all' AS category,
       sum(teams)::INTEGER AS teams, sum(teams_unanimous)::INTEGER AS unanimous,
       (CASE WHEN sum(teams) > 0 THEN share_percent1(sum(teams_unanimous), sum(teams)) END)::DOUBLE AS rate
FROM satisfaction
GROUP BY year
ORDER BY year, category;
