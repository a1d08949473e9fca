-- One unit's periodic assessment (平时考核, $unit) in the years whose policy has it: each period's
-- points beside the year-end item score, the periodic score and the blended target score.
SELECT u.year,
       s.period,
       s.points::DOUBLE AS points,
       u.item_score::DOUBLE AS item_score,
       u.periodic_score::DOUBLE AS periodic_score,
       u.target_score::DOUBLE AS target_score,
       p.periodic_weight::DOUBLE AS weight
FROM unit_results u
JOIN policy_rules p ON p.year = u.year AND p.periodic_weight IS NOT NULL
JOIN periodic_scores s ON s.year = u.year AND s.unit_id = u.unit_id
WHERE u.unit_id = $unit
ORDER BY u.year DESC, s.period;
