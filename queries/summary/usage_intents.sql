-- Internal edition only: the usage-intent votes (提拔/继任/改非/降职) of one year ($year), per cadre,
-- for the cadres where 改非 and 降职 together drew at least $min_share of the participants (the
-- summary's reading threshold, not a rule); unit and cadre named.
WITH v AS (
  SELECT r.cadre_id,
         max(r.participants) AS participants,
         sum(r.ticks) FILTER (WHERE r.aspect_id = 'promote') AS promote,
         sum(r.ticks) FILTER (WHERE r.aspect_id = 'retain') AS retain,
         sum(r.ticks) FILTER (WHERE r.aspect_id = 'non_leadership') AS non_leadership,
         sum(r.ticks) FILTER (WHERE r.aspect_id = 'demote') AS demote
  FROM cadre_reverse r
  JOIN policy_reverse_aspects a ON a.year = r.year AND a.subject = 'cadre' AND a.aspect_id = r.aspect_id
  WHERE r.year = $year AND a.kind = 'usage'
  GROUP BY r.cadre_id
)
SELECT c.cadre_id,
       c.name,
       c.role,
       c.unit_id,
       u.name AS unit_name,
       v.participants::INTEGER AS participants,
       coalesce(v.promote, 0)::INTEGER AS promote,
       coalesce(v.retain, 0)::INTEGER AS retain,
       coalesce(v.non_leadership, 0)::INTEGER AS non_leadership,
       coalesce(v.demote, 0)::INTEGER AS demote
FROM v
JOIN cadre_results c ON c.year = $year AND c.cadre_id = v.cadre_id
JOIN unit_results u ON u.year = c.year AND u.unit_id = c.unit_id
WHERE v.participants > 0
  AND (coalesce(v.non_leadership, 0) + coalesce(v.demote, 0)) >= $min_share::DOUBLE * v.participants
ORDER BY (coalesce(v.non_leadership, 0) + coalesce(v.demote, 0)) * 1.0 / v.participants DESC, c.cadre_id;
