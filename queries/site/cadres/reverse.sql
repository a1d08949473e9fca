-- The reverse evaluation (反向测评) of one cadre ($cadre) in every year that had one: per aspect (a
-- weakness, in the policy's order; the usage intents are in cadre_years.sql) the participants, the
-- ticks, the share (rounded to 4 by the rule) and whether it reached the flag share (flagged).
-- nullable: flag_share
-- The id alone filters the indexed table in a MATERIALIZED CTE: DuckDB answers it with an index
-- scan (queries/schema/indexes.sql) only when no other filter is on that scan.
WITH shares AS MATERIALIZED (SELECT * FROM reverse_shares WHERE cadre_id = $cadre)
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
LEFT JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = 'cadre' AND a.aspect_id = s.aspect_id
LEFT JOIN policy_rules p ON p.year = s.year
WHERE s.subject = 'cadre'
  AND coalesce(a.kind, 'reverse') = 'reverse'
  AND s.aspect_id NOT IN ('promote', 'retain', 'non_leadership', 'demote')
ORDER BY s.year, position, s.aspect_id;
