-- Unit grade counts of one year ($year) per category, from the unit_results view. `awaiting`
-- counts the qualified PK candidates still waiting for the competitive vote (同台PK).
SELECT category,
       grade,
       count(*)::INTEGER AS units,
       (count(*) FILTER (WHERE pk_awaiting))::INTEGER AS awaiting
FROM unit_results
WHERE year = $year
GROUP BY category, grade
ORDER BY category, grade;
