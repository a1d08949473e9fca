-- The training plan of $year (缺什么补什么): every training need of the year (training_needs), a
-- course per aspect (source + aspect), with the cadre who needs it, how many years up to $year the
-- cadre has had this need, and the earlier years it had it (whether it recurred after training is
-- judged with the recorded decisions, which are not in the warehouse).
-- nullable: earlier_years
SELECT n.source,
       n.aspect_id,
       coalesce(a.name, r.name, n.aspect_id) AS aspect_name,
       n.cadre_id,
       c.name AS cadre_name,
       n.unit_id,
       u.name AS unit_name,
       c.role,
       n.grade,
       n.score::DOUBLE AS score,
       (SELECT count(*) FROM training_needs e
         WHERE e.cadre_id = n.cadre_id AND e.source = n.source AND e.aspect_id = n.aspect_id AND e.year <= n.year)::INTEGER AS need_years,
       (SELECT string_agg(e.year::VARCHAR, ',' ORDER BY e.year) FROM training_needs e
         WHERE e.cadre_id = n.cadre_id AND e.source = n.source AND e.aspect_id = n.aspect_id AND e.year < n.year) AS earlier_years
FROM training_needs n
JOIN cadre_results c ON c.year = n.year AND c.cadre_id = n.cadre_id
JOIN unit_results u ON u.year = n.year AND u.unit_id = n.unit_id
LEFT JOIN policy_aspects a ON n.source = 'democratic' AND a.year = n.year AND a.subject = 'cadre' AND a.aspect_id = n.aspect_id
LEFT JOIN policy_reverse_aspects r ON n.source = 'reverse' AND r.year = n.year AND r.subject = 'cadre' AND r.aspect_id = n.aspect_id
WHERE n.year = $year
ORDER BY n.source DESC, coalesce(a.position, r.position), n.aspect_id, n.cadre_id;
