-- One cadre's training needs (缺什么补什么, $cadre) in every year: its lowest democratic aspects and
-- its flagged reverse aspects, with their names.
SELECT n.year,
       n.source,
       n.aspect_id,
       coalesce(a.name, r.name, n.aspect_id) AS aspect_name,
       n.score::DOUBLE AS score
FROM training_needs n
LEFT JOIN policy_aspects a ON n.source = 'democratic' AND a.year = n.year AND a.subject = 'cadre' AND a.aspect_id = n.aspect_id
LEFT JOIN policy_reverse_aspects r ON n.source = 'reverse' AND r.year = n.year AND r.subject = 'cadre' AND r.aspect_id = n.aspect_id
WHERE n.cadre_id = $cadre
ORDER BY n.year DESC, n.source, coalesce(a.position, r.position);
