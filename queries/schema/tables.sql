-- The warehouse's stored tables. Every row carries its assessment year; a year is replaced by
-- deleting its rows and loading the bundle again, all in one transaction.

-- One row per imported year: the policy it was computed under, kept whole.
CREATE TABLE IF NOT EXISTS years (
  year INTEGER PRIMARY KEY,
  policy_id VARCHAR NOT NULL,
  policy_json VARCHAR NOT NULL,   -- JSON text (VARCHAR: readable without the json extension)
  policy_source VARCHAR NOT NULL,
  checksum VARCHAR NOT NULL,
  imported_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- The policy of each year, as tables the rules join (see src/lib/warehouse/policy-rows.ts).
CREATE TABLE IF NOT EXISTS policy_rules (
  year INTEGER PRIMARY KEY,
  policy_id VARCHAR NOT NULL,
  policy_name VARCHAR NOT NULL,
  qualified_min DECIMAL(38,12) NOT NULL,
  basic_min DECIMAL(38,12) NOT NULL,
  f_good DECIMAL(38,12) NOT NULL,
  f_fairly_good DECIMAL(38,12) NOT NULL,
  f_average DECIMAL(38,12) NOT NULL,
  f_poor DECIMAL(38,12) NOT NULL,
  f_excellent DECIMAL(38,12) NOT NULL,
  f_competent DECIMAL(38,12) NOT NULL,
  f_basically_competent DECIMAL(38,12) NOT NULL,
  f_incompetent DECIMAL(38,12) NOT NULL,
  band_top DECIMAL(38,12) NOT NULL,
  band_second DECIMAL(38,12) NOT NULL,
  band_third DECIMAL(38,12) NOT NULL,
  principal_target_weight DECIMAL(38,12) NOT NULL,
  member_target_weight DECIMAL(38,12) NOT NULL,
  pk_ratio DECIMAL(38,12),          -- null: no competitive vote
  bottom_two_size INTEGER NOT NULL,
  flag_share DECIMAL(38,12),        -- null: the policy has no reverse evaluation
  per_point_per_capita DECIMAL(38,12) NOT NULL,
  basic_rate DECIMAL(38,12) NOT NULL,
  -- Second edition; null where the policy does not have the field.
  periodic_weight DECIMAL(38,12),        -- periodic.weight (平时考核)
  incompetent_share_min DECIMAL(38,12),  -- cadre_rules.*: the national limits (刚性规定)
  excellent_share_max DECIMAL(38,12),
  admonish_share_below DECIMAL(38,12)
);
-- democratic.rater_groups (分层次测评); none: the ballots carry no rater group.
CREATE TABLE IF NOT EXISTS policy_rater_groups (
  year INTEGER NOT NULL, group_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
  weight DECIMAL(38,12) NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (year, group_id)
);
-- cadre_rules.team_bands_bar_excellent: the team bands that bar a principal leader from 优秀.
CREATE TABLE IF NOT EXISTS policy_team_bar (
  year INTEGER NOT NULL, band VARCHAR NOT NULL,
  PRIMARY KEY (year, band)
);
CREATE TABLE IF NOT EXISTS policy_groups (
  year INTEGER NOT NULL, group_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
  category VARCHAR NOT NULL, bottom_two_exempt BOOLEAN NOT NULL,
  PRIMARY KEY (year, group_id)
);
CREATE TABLE IF NOT EXISTS policy_templates (
  year INTEGER NOT NULL, template_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
  PRIMARY KEY (year, template_id)
);
CREATE TABLE IF NOT EXISTS policy_items (
  year INTEGER NOT NULL, template_id VARCHAR NOT NULL, item_id VARCHAR NOT NULL,
  name VARCHAR NOT NULL, max DECIMAL(38,12) NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (year, template_id, item_id)
);
CREATE TABLE IF NOT EXISTS policy_veto_items (
  year INTEGER NOT NULL, veto_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
  PRIMARY KEY (year, veto_id)
);
CREATE TABLE IF NOT EXISTS policy_template_vetoes (
  year INTEGER NOT NULL, template_id VARCHAR NOT NULL, veto_id VARCHAR NOT NULL,
  PRIMARY KEY (year, template_id, veto_id)
);
-- subject: team or cadre
CREATE TABLE IF NOT EXISTS policy_aspects (
  year INTEGER NOT NULL, subject VARCHAR NOT NULL, aspect_id VARCHAR NOT NULL,
  name VARCHAR NOT NULL, weight DECIMAL(38,12) NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (year, subject, aspect_id)
);
-- subject: team or cadre; kind: reverse (a weakness) or usage (an intended use of a cadre)
CREATE TABLE IF NOT EXISTS policy_reverse_aspects (
  year INTEGER NOT NULL, subject VARCHAR NOT NULL, aspect_id VARCHAR NOT NULL,
  name VARCHAR NOT NULL, kind VARCHAR NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (year, subject, aspect_id)
);
CREATE TABLE IF NOT EXISTS policy_quotas (
  year INTEGER NOT NULL, category VARCHAR NOT NULL, quota INTEGER NOT NULL,
  PRIMARY KEY (year, category)
);
CREATE TABLE IF NOT EXISTS policy_reward_extra (
  year INTEGER NOT NULL, grade VARCHAR NOT NULL, amount DECIMAL(38,12) NOT NULL,
  PRIMARY KEY (year, grade)
);

-- The bundle's tables, resolved to ids and codes.
CREATE TABLE IF NOT EXISTS units (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
  group_id VARCHAR NOT NULL, template VARCHAR NOT NULL, staff BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS cadres (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
  unit_id VARCHAR NOT NULL, role VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS target_scores (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, item_id VARCHAR NOT NULL, points DECIMAL(38,12) NOT NULL
);
CREATE TABLE IF NOT EXISTS vetoes (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, item_id VARCHAR NOT NULL, reason VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS team_ballots (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, aspect_id VARCHAR NOT NULL,
  good BIGINT NOT NULL, fairly_good BIGINT NOT NULL, average BIGINT NOT NULL, poor BIGINT NOT NULL,
  rater_group VARCHAR             -- null under a policy without rater groups
);
CREATE TABLE IF NOT EXISTS cadre_ballots (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, aspect_id VARCHAR NOT NULL,
  excellent BIGINT NOT NULL, competent BIGINT NOT NULL, basically_competent BIGINT NOT NULL, incompetent BIGINT NOT NULL,
  rater_group VARCHAR             -- null under a policy without rater groups
);
-- Long form: one row per subject and aspect (usage intents are aspects promote, retain, ...).
CREATE TABLE IF NOT EXISTS team_reverse (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, aspect_id VARCHAR NOT NULL,
  participants BIGINT NOT NULL, ticks BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS cadre_reverse (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, aspect_id VARCHAR NOT NULL,
  participants BIGINT NOT NULL, ticks BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS pk_votes (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, votes BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS final_grades (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, grade VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS periodic_scores (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, period VARCHAR NOT NULL, points DECIMAL(38,12) NOT NULL
);
CREATE TABLE IF NOT EXISTS team_comments (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, comment VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS cadre_comments (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, comment VARCHAR NOT NULL
);

-- What the rules compute, one table per rule file in queries/rules/ (recomputed per year).
CREATE TABLE IF NOT EXISTS unit_target (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, target_score DECIMAL(18,2) NOT NULL, vetoed BOOLEAN NOT NULL,
  item_score DECIMAL(18,2), periodic_score DECIMAL(18,2)
);
-- The parts of a democratic score: per subject and aspect, s(a) (rater_group null) and, under a
-- policy with rater groups, s(a,g) per group present; unrounded (12 fractional digits).
-- subject: team (subject_id a unit) or cadre (subject_id a cadre).
CREATE TABLE IF NOT EXISTS democratic_parts (
  year INTEGER NOT NULL, subject VARCHAR NOT NULL, subject_id VARCHAR NOT NULL, aspect_id VARCHAR NOT NULL,
  rater_group VARCHAR, score DECIMAL(38,12) NOT NULL
);
CREATE TABLE IF NOT EXISTS team_democratic (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, democratic_score DECIMAL(18,2) NOT NULL, democratic_band VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS cadre_democratic (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, democratic_score DECIMAL(18,2) NOT NULL, democratic_band VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS unit_composite (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, composite_score DECIMAL(18,2) NOT NULL
);
CREATE TABLE IF NOT EXISTS cadre_composite (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, target_score DECIMAL(18,2) NOT NULL, composite_score DECIMAL(18,2) NOT NULL
);
CREATE TABLE IF NOT EXISTS cadre_grade (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, suggested_grade VARCHAR NOT NULL,
  final_grade VARCHAR, grade VARCHAR NOT NULL,
  -- Second edition: the pooled shares, the band before the national limits, and the limit that
  -- changed it (incompetent_share, team_bar or excellent_cap; null when none did).
  incompetent_share DECIMAL(18,4), approval_share DECIMAL(18,4),
  band_grade VARCHAR, limited_by VARCHAR
);
CREATE TABLE IF NOT EXISTS unit_grade (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, pk_candidate BOOLEAN NOT NULL,
  pk_awaiting BOOLEAN NOT NULL, pk_votes BIGINT, grade VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS unit_group_rank (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, rank_in_group INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS unit_bottom_rank (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, bottom_rank INTEGER, in_bottom_two BOOLEAN NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
  year INTEGER NOT NULL, kind VARCHAR NOT NULL, unit_id VARCHAR NOT NULL, cadre_id VARCHAR
);
CREATE TABLE IF NOT EXISTS rewards (
  year INTEGER NOT NULL, unit_id VARCHAR NOT NULL, grade VARCHAR NOT NULL, staff BIGINT NOT NULL,
  target_score DECIMAL(18,2) NOT NULL, rate DECIMAL(18,4) NOT NULL,
  base_bonus DECIMAL(18,2) NOT NULL, extra_bonus DECIMAL(18,2) NOT NULL, total_bonus DECIMAL(18,2) NOT NULL
);
CREATE TABLE IF NOT EXISTS satisfaction (
  year INTEGER NOT NULL, category VARCHAR NOT NULL,
  teams BIGINT NOT NULL, teams_unanimous BIGINT NOT NULL, team_unanimous_rate DECIMAL(18,4),
  cadres BIGINT NOT NULL, cadres_unanimous BIGINT NOT NULL, cadre_unanimous_rate DECIMAL(18,4),
  mean_team_democratic_score DECIMAL(18,2), mean_cadre_democratic_score DECIMAL(18,2)
);
CREATE TABLE IF NOT EXISTS reverse_shares (
  year INTEGER NOT NULL, subject VARCHAR NOT NULL, unit_id VARCHAR NOT NULL, cadre_id VARCHAR,
  aspect_id VARCHAR NOT NULL, participants BIGINT NOT NULL, ticks BIGINT NOT NULL,
  share DECIMAL(18,4) NOT NULL, flagged BOOLEAN
);
CREATE TABLE IF NOT EXISTS training_needs (
  year INTEGER NOT NULL, cadre_id VARCHAR NOT NULL, source VARCHAR NOT NULL, aspect_id VARCHAR NOT NULL,
  unit_id VARCHAR NOT NULL, grade VARCHAR NOT NULL, score DECIMAL(18,4) NOT NULL
);
CREATE TABLE IF NOT EXISTS comments (
  year INTEGER NOT NULL, subject VARCHAR NOT NULL, unit_id VARCHAR NOT NULL, cadre_id VARCHAR, comment VARCHAR NOT NULL
);
-- The marks of 评议质量 beside results (src/lib/quality/marks.ts) under the page's default
-- parameters, stored after the rules by src/lib/warehouse/quality-marks.ts from queries/quality/
-- (not a rule file: the marks are combined in TypeScript, as the page computes them live).
-- subject: team (subject_id a unit) or cadre; position: the mark's place in the subject's list;
-- kind close (size in size_unit: ballots, votes or points), uncertain, or signal (signal).
CREATE TABLE IF NOT EXISTS quality_marks (
  year INTEGER NOT NULL, subject VARCHAR NOT NULL, subject_id VARCHAR NOT NULL, position INTEGER NOT NULL,
  kind VARCHAR NOT NULL, size DECIMAL(18,2), size_unit VARCHAR, signal VARCHAR
);

-- A warehouse made before the second edition gains its columns (nullable, added at the end as in
-- the tables above); its years must be imported again (or `check` shows the results differ).
ALTER TABLE policy_rules ADD COLUMN IF NOT EXISTS periodic_weight DECIMAL(38,12);
ALTER TABLE policy_rules ADD COLUMN IF NOT EXISTS incompetent_share_min DECIMAL(38,12);
ALTER TABLE policy_rules ADD COLUMN IF NOT EXISTS excellent_share_max DECIMAL(38,12);
ALTER TABLE policy_rules ADD COLUMN IF NOT EXISTS admonish_share_below DECIMAL(38,12);
ALTER TABLE team_ballots ADD COLUMN IF NOT EXISTS rater_group VARCHAR;
ALTER TABLE cadre_ballots ADD COLUMN IF NOT EXISTS rater_group VARCHAR;
ALTER TABLE unit_target ADD COLUMN IF NOT EXISTS item_score DECIMAL(18,2);
ALTER TABLE unit_target ADD COLUMN IF NOT EXISTS periodic_score DECIMAL(18,2);
ALTER TABLE cadre_grade ADD COLUMN IF NOT EXISTS incompetent_share DECIMAL(18,4);
ALTER TABLE cadre_grade ADD COLUMN IF NOT EXISTS approval_share DECIMAL(18,4);
ALTER TABLE cadre_grade ADD COLUMN IF NOT EXISTS band_grade VARCHAR;
ALTER TABLE cadre_grade ADD COLUMN IF NOT EXISTS limited_by VARCHAR;
