-- cadre_results (CONTRACT.md): one row per year and cadre.
CREATE OR REPLACE VIEW cadre_results AS
SELECT c.year, c.cadre_id, c.name, c.unit_id, c.role,
       is_principal(c.role) AS principal,
       d.democratic_score, d.democratic_band,
       cc.target_score, cc.composite_score,
       g.suggested_grade, g.final_grade, g.grade,
       g.incompetent_share, g.approval_share, g.band_grade, g.limited_by
FROM cadres c
JOIN cadre_democratic d ON d.year = c.year AND d.cadre_id = c.cadre_id
JOIN cadre_composite cc ON cc.year = c.year AND cc.cadre_id = c.cadre_id
JOIN cadre_grade g ON g.year = c.year AND g.cadre_id = c.cadre_id;
