-- The reverse evaluation (反向测评) of one team or cadre ($subject 'team' with its unit as $id, or
-- 'cadre' with the cadre as $id) in every year that had one: per aspect (a weakness, in the
-- policy's order; a cadre's usage intents are in cadre_years.sql) the participants, the ticks, the
-- share (rounded to 4 by the rule) and whether it reached the policy's flag share (flagged).
-- nullable: flag_share
-- Each id filters the large table once, in a MATERIALIZED CTE: its rows lie in id order within
-- each year (rules/reverse_shares.sql), so the zone maps skip most row groups.
WITH shares AS MATERIALIZED (
  SELECT * FROM reverse_shares WHERE unit_id = $id
  UNION ALL
  SELECT * FROM reverse_shares WHERE cadre_id = $id
)
SELECT s.year,
       s.aspect_id,
       coalesce(a.name, s.aspect_id) AS aspect_name,
       coalesce(a.position, 999)::INTEGER AS position,
       s.participants::INTEGER AS participants,
       s.ticks::INTEGER AS ticks,
       s.share::DOUBLE AS share,
       coalesce(s.flagged, false) AS flagged,
       p.flag_share::DOUBLE AS flag_share
FROM shares s
LEFT JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = s.subject AND a.aspect_id = s.aspect_id
LEFT JOIN policy_rules p ON p.year = s.year
WHERE s.subject = $subject
  AND CASE $subject WHEN 'team' THEN s.unit_id ELSE s.cadre_id END = $id
  AND coalesce(a.kind, 'reverse') = 'reverse'
  -- not a usage intent (the vocabulary's list: others order last)
  AND usage_intent_order(s.aspect_id) = usage_intent_order(NULL)
ORDER BY s.year, position, s.aspect_id;
