-- The bottom-two rule of one year's stored policy ($year): bottom_two_size and every group of the
-- year with its category and whether it is exempt (policy_groups.bottom_two_exempt).
SELECT r.policy_id,
       r.policy_name,
       r.bottom_two_size::INTEGER AS bottom_two_size,
       g.group_id,
       g.name AS group_name,
       g.category,
       g.bottom_two_exempt
FROM policy_rules r
JOIN policy_groups g ON g.year = r.year
WHERE r.year = $year
ORDER BY category_order(g.category), g.group_id;
