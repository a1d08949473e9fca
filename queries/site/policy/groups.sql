-- The assessment groups (考核组) of one year's stored policy ($year): id, name, category, whether
-- the group is exempt from the bottom-two ranking, and how many units the year assessed in it
-- (0 for a group with no unit that year). Departments first, then townships, by group id.
SELECT g.group_id,
       g.name AS group_name,
       g.category,
       g.bottom_two_exempt,
       count(u.unit_id)::INTEGER AS units
FROM policy_groups g
LEFT JOIN units u ON u.year = g.year AND u.group_id = g.group_id
WHERE g.year = $year
GROUP BY g.group_id, g.name, g.category, g.bottom_two_exempt
ORDER BY category_order(g.category), g.group_id;
