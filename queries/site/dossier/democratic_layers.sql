-- The democratic score by rater group (分层次测评) of one team or cadre ($subject 'team' or 'cadre',
-- $id its unit_id or cadre_id), in the years whose policy has rater groups: per aspect s(a) (group
-- null) and each group's s(a,g), rounded to 2 for display (the rules keep them unrounded).
-- nullable: rater_group, group_name, group_weight
-- The id filters the large table once, in a MATERIALIZED CTE: its rows lie in id order within
-- each year (queries/import/stage/insert.sql), so the zone maps skip most row groups.
WITH parts AS MATERIALIZED (SELECT * FROM democratic_parts WHERE subject_id = $id)
SELECT d.year,
       d.aspect_id,
       a.name AS aspect_name,
       d.rater_group,
       g.name AS group_name,
       g.weight::DOUBLE AS group_weight,
       round2(d.score)::DOUBLE AS score
FROM parts d
JOIN policy_aspects a ON a.year = d.year AND a.subject = d.subject AND a.aspect_id = d.aspect_id
LEFT JOIN policy_rater_groups g ON g.year = d.year AND g.group_id = d.rater_group
WHERE d.subject = $subject AND d.subject_id = $id
  AND d.year IN (SELECT year FROM policy_rater_groups)
ORDER BY d.year DESC, a.position, g.position NULLS LAST;
