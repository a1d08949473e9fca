-- Generated from src/lib/vocabulary/ (sql.ts): do not edit. `npx vitest run -u src/lib/vocabulary`
-- writes it again after a change of a code list.
-- <list>_order(code): the position of a code in its list (best grade first); others last.
CREATE OR REPLACE MACRO unit_grade_order(code) AS CASE code WHEN 'outstanding' THEN 0 WHEN 'excellent' THEN 1 WHEN 'qualified' THEN 2 WHEN 'basically_qualified' THEN 3 WHEN 'unqualified' THEN 4 ELSE 5 END;
CREATE OR REPLACE MACRO cadre_grade_order(code) AS CASE code WHEN 'excellent' THEN 0 WHEN 'competent' THEN 1 WHEN 'basically_competent' THEN 2 WHEN 'incompetent' THEN 3 ELSE 4 END;
CREATE OR REPLACE MACRO team_band_order(code) AS CASE code WHEN 'good' THEN 0 WHEN 'fairly_good' THEN 1 WHEN 'average' THEN 2 WHEN 'poor' THEN 3 ELSE 4 END;
CREATE OR REPLACE MACRO role_order(code) AS CASE code WHEN 'party_secretary' THEN 0 WHEN 'administrative_head' THEN 1 WHEN 'member' THEN 2 ELSE 3 END;
CREATE OR REPLACE MACRO category_order(code) AS CASE code WHEN 'department' THEN 0 WHEN 'township' THEN 1 ELSE 2 END;
CREATE OR REPLACE MACRO alert_kind_order(code) AS CASE code WHEN 'bottom_two_consecutive' THEN 0 WHEN 'basically_competent_consecutive' THEN 1 WHEN 'incompetent' THEN 2 WHEN 'incompetent_consecutive' THEN 3 WHEN 'admonition' THEN 4 ELSE 5 END;
CREATE OR REPLACE MACRO subject_order(code) AS CASE code WHEN 'team' THEN 0 WHEN 'cadre' THEN 1 ELSE 2 END;
CREATE OR REPLACE MACRO usage_intent_order(code) AS CASE code WHEN 'promote' THEN 0 WHEN 'retain' THEN 1 WHEN 'non_leadership' THEN 2 WHEN 'demote' THEN 3 ELSE 4 END;
CREATE OR REPLACE MACRO training_source_order(code) AS CASE code WHEN 'democratic' THEN 0 WHEN 'reverse' THEN 1 ELSE 2 END;
-- The principal leaders (党政主要负责人): CONTRACT.md's roles party_secretary and administrative_head.
CREATE OR REPLACE MACRO is_principal(code) AS code IN ('party_secretary', 'administrative_head');
