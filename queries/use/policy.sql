-- The numbers of $year's stored policy that the rules of /use rest on (null where the policy has none).
-- nullable: admonish_share_below, incompetent_share_min
SELECT policy_id, policy_name, bottom_two_size,
       admonish_share_below::DOUBLE AS admonish_share_below,
       incompetent_share_min::DOUBLE AS incompetent_share_min
FROM policy_rules WHERE year = $year;
