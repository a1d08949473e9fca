-- The grade thresholds of one year's policy ($year), for the rankings chart's reference lines.
SELECT policy_id, policy_name, qualified_min::DOUBLE AS qualified_min, basic_min::DOUBLE AS basic_min
FROM policy_rules
WHERE year = $year;
