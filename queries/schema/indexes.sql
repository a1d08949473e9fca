-- ART indexes for the dossiers' point lookups (issue #10): a unit's or a cadre's page reads its
-- rows of every year by id, and without an index each such read scans the whole table, which at
-- 100× the sample is most of a cold dossier's time. DuckDB answers an equality filter on an
-- indexed column with an index scan when few rows match (index_scan_max_count); one column an
-- index, the id the page filters on. Dropped with their table when the migration rebuilds it,
-- and made again here (queries/schema is run whole on every migration).
CREATE INDEX IF NOT EXISTS units_by_unit ON units (unit_id);
CREATE INDEX IF NOT EXISTS unit_target_by_unit ON unit_target (unit_id);
CREATE INDEX IF NOT EXISTS team_democratic_by_unit ON team_democratic (unit_id);
CREATE INDEX IF NOT EXISTS unit_composite_by_unit ON unit_composite (unit_id);
CREATE INDEX IF NOT EXISTS unit_group_rank_by_unit ON unit_group_rank (unit_id);
CREATE INDEX IF NOT EXISTS unit_bottom_rank_by_unit ON unit_bottom_rank (unit_id);
CREATE INDEX IF NOT EXISTS unit_grade_by_unit ON unit_grade (unit_id);
CREATE INDEX IF NOT EXISTS rewards_by_unit ON rewards (unit_id);
CREATE INDEX IF NOT EXISTS team_ballots_by_unit ON team_ballots (unit_id);
CREATE INDEX IF NOT EXISTS periodic_scores_by_unit ON periodic_scores (unit_id);
CREATE INDEX IF NOT EXISTS alerts_by_unit ON alerts (unit_id);
CREATE INDEX IF NOT EXISTS alerts_by_cadre ON alerts (cadre_id);
CREATE INDEX IF NOT EXISTS cadres_by_cadre ON cadres (cadre_id);
CREATE INDEX IF NOT EXISTS cadres_by_unit ON cadres (unit_id);
CREATE INDEX IF NOT EXISTS cadre_democratic_by_cadre ON cadre_democratic (cadre_id);
CREATE INDEX IF NOT EXISTS cadre_composite_by_cadre ON cadre_composite (cadre_id);
CREATE INDEX IF NOT EXISTS cadre_grade_by_cadre ON cadre_grade (cadre_id);
CREATE INDEX IF NOT EXISTS cadre_ballots_by_cadre ON cadre_ballots (cadre_id);
CREATE INDEX IF NOT EXISTS reverse_shares_by_unit ON reverse_shares (unit_id);
CREATE INDEX IF NOT EXISTS reverse_shares_by_cadre ON reverse_shares (cadre_id);
CREATE INDEX IF NOT EXISTS democratic_parts_by_subject ON democratic_parts (subject_id);
CREATE INDEX IF NOT EXISTS training_needs_by_cadre ON training_needs (cadre_id);
