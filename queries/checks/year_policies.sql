-- Each imported year with the policy it was computed under (JSON text), to parse and validate.
SELECT year, policy_id, policy_json FROM years ORDER BY year;
