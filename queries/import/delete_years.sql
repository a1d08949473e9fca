-- Removes every stored input row of the years in scope_years, before a year is loaded again
-- (import --replace). What the rules computed is replaced by the recompute that follows.
DELETE FROM years WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_rules WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_groups WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_templates WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_items WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_veto_items WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_template_vetoes WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_aspects WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_reverse_aspects WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_quotas WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_reward_extra WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_rater_groups WHERE year IN (SELECT year FROM scope_years);
DELETE FROM policy_team_bar WHERE year IN (SELECT year FROM scope_years);
DELETE FROM units WHERE year IN (SELECT year FROM scope_years);
DELETE FROM cadres WHERE year IN (SELECT year FROM scope_years);
DELETE FROM target_scores WHERE year IN (SELECT year FROM scope_years);
DELETE FROM vetoes WHERE year IN (SELECT year FROM scope_years);
DELETE FROM team_ballots WHERE year IN (SELECT year FROM scope_years);
DELETE FROM cadre_ballots WHERE year IN (SELECT year FROM scope_years);
DELETE FROM team_reverse WHERE year IN (SELECT year FROM scope_years);
DELETE FROM cadre_reverse WHERE year IN (SELECT year FROM scope_years);
DELETE FROM pk_votes WHERE year IN (SELECT year FROM scope_years);
DELETE FROM final_grades WHERE year IN (SELECT year FROM scope_years);
DELETE FROM periodic_scores WHERE year IN (SELECT year FROM scope_years);
DELETE FROM team_comments WHERE year IN (SELECT year FROM scope_years);
DELETE FROM cadre_comments WHERE year IN (SELECT year FROM scope_years);
