-- Copies one staged year (a DuckDB file of the warehouse's schema written by the import's child
-- process, attached as `staging`) into the warehouse, on the import's connection and so in its
-- transaction. One statement per table of YEAR_TABLES (src/lib/warehouse/load.ts), by name.
INSERT INTO policy_rules BY NAME SELECT * FROM staging.policy_rules;
INSERT INTO policy_groups BY NAME SELECT * FROM staging.policy_groups;
INSERT INTO policy_templates BY NAME SELECT * FROM staging.policy_templates;
INSERT INTO policy_items BY NAME SELECT * FROM staging.policy_items;
INSERT INTO policy_veto_items BY NAME SELECT * FROM staging.policy_veto_items;
INSERT INTO policy_template_vetoes BY NAME SELECT * FROM staging.policy_template_vetoes;
INSERT INTO policy_aspects BY NAME SELECT * FROM staging.policy_aspects;
INSERT INTO policy_reverse_aspects BY NAME SELECT * FROM staging.policy_reverse_aspects;
INSERT INTO policy_quotas BY NAME SELECT * FROM staging.policy_quotas;
INSERT INTO policy_reward_extra BY NAME SELECT * FROM staging.policy_reward_extra;
INSERT INTO policy_rater_groups BY NAME SELECT * FROM staging.policy_rater_groups;
INSERT INTO policy_team_bar BY NAME SELECT * FROM staging.policy_team_bar;
INSERT INTO units BY NAME SELECT * FROM staging.units;
INSERT INTO cadres BY NAME SELECT * FROM staging.cadres;
INSERT INTO target_scores BY NAME SELECT * FROM staging.target_scores;
INSERT INTO vetoes BY NAME SELECT * FROM staging.vetoes;
INSERT INTO team_ballots BY NAME SELECT * FROM staging.team_ballots;
INSERT INTO cadre_ballots BY NAME SELECT * FROM staging.cadre_ballots;
INSERT INTO team_reverse BY NAME SELECT * FROM staging.team_reverse;
INSERT INTO cadre_reverse BY NAME SELECT * FROM staging.cadre_reverse;
INSERT INTO pk_votes BY NAME SELECT * FROM staging.pk_votes;
INSERT INTO final_grades BY NAME SELECT * FROM staging.final_grades;
INSERT INTO periodic_scores BY NAME SELECT * FROM staging.periodic_scores;
INSERT INTO team_comments BY NAME SELECT * FROM staging.team_comments;
INSERT INTO cadre_comments BY NAME SELECT * FROM staging.cadre_comments;
