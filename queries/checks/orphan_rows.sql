-- Orphan rows: rows of a year that is not in `years` (e.g. left by an import that did not finish,
-- or by a year removed by hand), per table and year. Every table keyed by year is listed here
-- (test/warehouse/check.test.ts fails when one is missing).
SELECT table_name, year, count(*)::INTEGER AS n FROM (
  SELECT 'policy_rules' AS table_name, year FROM policy_rules
  UNION ALL SELECT 'policy_groups', year FROM policy_groups
  UNION ALL SELECT 'policy_templates', year FROM policy_templates
  UNION ALL SELECT 'policy_items', year FROM policy_items
  UNION ALL SELECT 'policy_veto_items', year FROM policy_veto_items
  UNION ALL SELECT 'policy_template_vetoes', year FROM policy_template_vetoes
  UNION ALL SELECT 'policy_aspects', year FROM policy_aspects
  UNION ALL SELECT 'policy_reverse_aspects', year FROM policy_reverse_aspects
  UNION ALL SELECT 'policy_quotas', year FROM policy_quotas
  UNION ALL SELECT 'policy_reward_extra', year FROM policy_reward_extra
  UNION ALL SELECT 'policy_rater_groups', year FROM policy_rater_groups
  UNION ALL SELECT 'policy_team_bar', year FROM policy_team_bar
  UNION ALL SELECT 'units', year FROM units
  UNION ALL SELECT 'cadres', year FROM cadres
  UNION ALL SELECT 'target_scores', year FROM target_scores
  UNION ALL SELECT 'vetoes', year FROM vetoes
  UNION ALL SELECT 'team_ballots', year FROM team_ballots
  UNION ALL SELECT 'cadre_ballots', year FROM cadre_ballots
  UNION ALL SELECT 'team_reverse', year FROM team_reverse
  UNION ALL SELECT 'cadre_reverse', year FROM cadre_reverse
  UNION ALL SELECT 'pk_votes', year FROM pk_votes
  UNION ALL SELECT 'final_grades', year FROM final_grades
  UNION ALL SELECT 'periodic_scores', year FROM periodic_scores
  UNION ALL SELECT 'team_comments', year FROM team_comments
  UNION ALL SELECT 'cadre_comments', year FROM cadre_comments
  UNION ALL SELECT 'democratic_parts', year FROM democratic_parts
  UNION ALL SELECT 'unit_target', year FROM unit_target
  UNION ALL SELECT 'team_democratic', year FROM team_democratic
  UNION ALL SELECT 'cadre_democratic', year FROM cadre_democratic
  UNION ALL SELECT 'unit_composite', year FROM unit_composite
  UNION ALL SELECT 'cadre_composite', year FROM cadre_composite
  UNION ALL SELECT 'cadre_grade', year FROM cadre_grade
  UNION ALL SELECT 'unit_grade', year FROM unit_grade
  UNION ALL SELECT 'unit_group_rank', year FROM unit_group_rank
  UNION ALL SELECT 'unit_bottom_rank', year FROM unit_bottom_rank
  UNION ALL SELECT 'alerts', year FROM alerts
  UNION ALL SELECT 'rewards', year FROM rewards
  UNION ALL SELECT 'satisfaction', year FROM satisfaction
  UNION ALL SELECT 'reverse_shares', year FROM reverse_shares
  UNION ALL SELECT 'training_needs', year FROM training_needs
  UNION ALL SELECT 'comments', year FROM comments
  UNION ALL SELECT 'quality_marks', year FROM quality_marks
)
WHERE year NOT IN (SELECT year FROM years)
GROUP BY ALL
ORDER BY table_name, year;
