-- Priority for training above (上级调训): 优秀 cadres of $year first, then 称职, each by composite
-- score, the first $training_top (a page parameter).
SELECT f.* EXCLUDE (year), NULL::DOUBLE AS policy_value
FROM use_figures f
WHERE f.year = $year AND f.subject = 'cadre' AND f.grade IN ('excellent', 'competent')
ORDER BY f.grade = 'excellent' DESC, f.composite_score DESC, f.democratic_score DESC, f.cadre_id
LIMIT CAST($training_top AS INTEGER);
