-- The reverse evaluation (反向测评) of one unit's team ($unit) in every year that had one: per aspect
-- (a weakness, in the policy's order) the participants, the ticks, the share (rounded to 4 by the
-- rule) and whether it reached the policy's flag share (flagged).
-- nullable: flag_share
-- The id alone filters the indexed table in a MATERIALIZED CTE: DuckDB answers it with an index
-- scan (queries/schema/indexes.sql) only when no other filter is on that scan.
WITH shares AS MATERIALIZED (SELECT * FROM reverse_shares WHERE unit_id = $unit)
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
LEFT JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = 'team' AND a.aspect_id = s.aspect_id
LEFT JOIN policy_rules p ON p.year = s.year
WHERE s.subject = 'team'
ORDER BY s.year, position, s.aspect_id;
