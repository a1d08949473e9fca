-- The stored policy of one year ($year) and of the latest earlier year the warehouse holds (for
-- the "compare with the year before" note): year, policy_id, where the policy came from
-- (policy_source: the bundle's policy.json or data/policy/ID.json) and the whole policy JSON as
-- imported (years.policy_json). One or two rows, oldest first.
SELECT y.year,
       y.policy_id,
       y.policy_source,
       y.policy_json
FROM years y
WHERE y.year = $year
   OR y.year = (SELECT max(p.year) FROM years p WHERE p.year < $year)
ORDER BY y.year;
