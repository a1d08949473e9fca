-- 市级综合先进 priority (cadres): cadres graded 优秀 in $year, by composite score, the first
-- $honour_top (a page parameter).
SELECT f.* EXCLUDE (year), NULL::DOUBLE AS policy_value
FROM use_figures f
WHERE f.year = $year AND f.subject = 'cadre' AND f.grade = 'excellent'
ORDER BY f.composite_score DESC, f.democratic_score DESC, f.cadre_id
LIMIT CAST($honour_top AS INTEGER);
