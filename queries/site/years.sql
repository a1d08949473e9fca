-- The site's list of years in the warehouse: the policy each was computed under and how many
-- units and cadres it holds.
-- nullable: policy_name
SELECT y.year,
       y.policy_id,
       p.policy_name,
       (SELECT count(*) FROM units u WHERE u.year = y.year)::INTEGER AS units,
       (SELECT count(*) FROM cadres c WHERE c.year = y.year)::INTEGER AS cadres
FROM years y
LEFT JOIN policy_rules p ON p.year = y.year
ORDER BY y.year;
