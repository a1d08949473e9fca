-- Feedback and rectification (反馈与整改) of $year: every team with a comment (评语) or a flagged
-- reverse aspect this year or the year before, with this year's flagged aspects, last year's, and
-- those flagged both years (the weaknesses that came back after last year's rectification).
-- nullable: team_band, comment, flagged, prev_flagged, repeated
WITH flags AS (
  SELECT s.year, s.unit_id, s.aspect_id, a.name, a.position
  FROM reverse_shares s
  JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = 'team' AND a.aspect_id = s.aspect_id
  WHERE s.subject = 'team' AND s.flagged AND s.year IN ($year::INTEGER, $year::INTEGER - 1)
)
SELECT u.unit_id,
       u.name AS unit_name,
       u.category,
       u.group_name,
       u.grade,
       u.democratic_band AS team_band,
       (SELECT string_agg(m.comment, '；') FROM comments m WHERE m.year = u.year AND m.subject = 'team' AND m.unit_id = u.unit_id) AS comment,
       (SELECT string_agg(f.name, '、' ORDER BY f.position) FROM flags f WHERE f.year = u.year AND f.unit_id = u.unit_id) AS flagged,
       (SELECT string_agg(f.name, '、' ORDER BY f.position) FROM flags f WHERE f.year = u.year - 1 AND f.unit_id = u.unit_id) AS prev_flagged,
       (SELECT string_agg(f.name, '、' ORDER BY f.position) FROM flags f
         WHERE f.year = u.year AND f.unit_id = u.unit_id
           AND EXISTS (SELECT 1 FROM flags p WHERE p.year = u.year - 1 AND p.unit_id = u.unit_id AND p.aspect_id = f.aspect_id)) AS repeated
FROM unit_results u
WHERE u.year = $year
  AND (EXISTS (SELECT 1 FROM flags f WHERE f.unit_id = u.unit_id)
       OR EXISTS (SELECT 1 FROM comments m WHERE m.year = u.year AND m.subject = 'team' AND m.unit_id = u.unit_id))
ORDER BY u.category, u.group_name, u.unit_id;
