-- Each imported year with the number of rows of the input every year must have (a bundle's
-- required files and its policy as tables); a 0 means the year is incomplete.
-- policy_rules_id: the policy id of the year's policy_rules row, which must equal years.policy_id.
SELECT y.year,
       y.policy_id,
       (SELECT any_value(p.policy_id) FROM policy_rules p WHERE p.year = y.year) AS policy_rules_id,
       (SELECT count(*) FROM policy_rules p WHERE p.year = y.year)::INTEGER AS policy_rules,
       (SELECT count(*) FROM policy_groups p WHERE p.year = y.year)::INTEGER AS policy_groups,
       (SELECT count(*) FROM policy_templates p WHERE p.year = y.year)::INTEGER AS policy_templates,
       (SELECT count(*) FROM policy_items p WHERE p.year = y.year)::INTEGER AS policy_items,
       (SELECT count(*) FROM policy_aspects p WHERE p.year = y.year)::INTEGER AS policy_aspects,
       (SELECT count(*) FROM units t WHERE t.year = y.year)::INTEGER AS units,
       (SELECT count(*) FROM cadres t WHERE t.year = y.year)::INTEGER AS cadres,
       (SELECT count(*) FROM target_scores t WHERE t.year = y.year)::INTEGER AS target_scores,
       (SELECT count(*) FROM team_ballots t WHERE t.year = y.year)::INTEGER AS team_ballots,
       (SELECT count(*) FROM cadre_ballots t WHERE t.year = y.year)::INTEGER AS cadre_ballots
FROM years y
ORDER BY y.year;
