-- Rule 9: alerts (预警), for the years in alert_years (an imported year and the year after it).
--   bottom_two_consecutive: in the bottom two in Y and in Y−1 (each year under its own policy;
--     a missing year breaks the run) — one row per principal leader of the unit in Y, or one
--     row with a null cadre_id when it has none (连续两年列后两名的主要领导，给予职务调整).
--   basically_competent_consecutive: a cadre graded 基本称职 in Y and in Y−1; unit_id is the
--     cadre's unit in Y (连续两年被评为基本称职的领导干部，给予职务调整).
--   incompetent: a cadre graded 不称职 in Y.
--   incompetent_consecutive: a cadre graded 不称职 in Y and in Y−1, under every policy; unit_id
--     is the cadre's unit in Y (连续两年被确定为不称职的，按规定免职).
--   admonition: under a policy with cadre_rules.admonish_share_below, a cadre whose approval
--     share (优秀+称职票) is below it, whatever its grade (诫勉谈话).
-- The grade is the final grade where there is one.
DELETE FROM alerts WHERE year IN (SELECT year FROM alert_years);
INSERT INTO alerts
SELECT cur.year, 'bottom_two_consecutive', cur.unit_id, c.cadre_id
FROM unit_bottom_rank cur
JOIN unit_bottom_rank prev ON prev.year = cur.year - 1 AND prev.unit_id = cur.unit_id
LEFT JOIN cadres c ON c.year = cur.year AND c.unit_id = cur.unit_id
                  AND is_principal(c.role)
WHERE cur.year IN (SELECT year FROM alert_years) AND cur.in_bottom_two AND prev.in_bottom_two
UNION ALL
SELECT cur.year, 'basically_competent_consecutive', c.unit_id, cur.cadre_id
FROM cadre_grade cur
JOIN cadre_grade prev ON prev.year = cur.year - 1 AND prev.cadre_id = cur.cadre_id
JOIN cadres c ON c.year = cur.year AND c.cadre_id = cur.cadre_id
WHERE cur.year IN (SELECT year FROM alert_years)
  AND cur.grade = 'basically_competent' AND prev.grade = 'basically_competent'
UNION ALL
SELECT g.year, 'incompetent', c.unit_id, g.cadre_id
FROM cadre_grade g
JOIN cadres c ON c.year = g.year AND c.cadre_id = g.cadre_id
WHERE g.year IN (SELECT year FROM alert_years) AND g.grade = 'incompetent'
UNION ALL
SELECT cur.year, 'incompetent_consecutive', c.unit_id, cur.cadre_id
FROM cadre_grade cur
JOIN cadre_grade prev ON prev.year = cur.year - 1 AND prev.cadre_id = cur.cadre_id
JOIN cadres c ON c.year = cur.year AND c.cadre_id = cur.cadre_id
WHERE cur.year IN (SELECT year FROM alert_years)
  AND cur.grade = 'incompetent' AND prev.grade = 'incompetent'
UNION ALL
SELECT g.year, 'admonition', c.unit_id, g.cadre_id
FROM cadre_grade g
JOIN cadres c ON c.year = g.year AND c.cadre_id = g.cadre_id
JOIN policy_rules p ON p.year = g.year
WHERE g.year IN (SELECT year FROM alert_years) AND g.approval_share < p.admonish_share_below;
