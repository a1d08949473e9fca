-- Internal edition only: the weaknesses flagged in the reverse evaluation (逆向测评) of one year
-- ($year), team and cadre, each with its share of ticks; unit and cadre named.
-- nullable: cadre_id, cadre_name
SELECT s.subject,
       s.unit_id,
       u.name AS unit_name,
       s.cadre_id,
       c.name AS cadre_name,
       a.name AS aspect_name,
       s.share::DOUBLE AS share
FROM reverse_shares s
JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = s.subject AND a.aspect_id = s.aspect_id
JOIN unit_results u ON u.year = s.year AND u.unit_id = s.unit_id
LEFT JOIN cadre_results c ON c.year = s.year AND c.cadre_id = s.cadre_id
WHERE s.year = $year AND a.kind = 'reverse' AND s.flagged
ORDER BY s.subject DESC, s.unit_id, s.cadre_id NULLS FIRST, a.position;
