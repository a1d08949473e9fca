-- Margins of the competitive vote (同台PK) of the year $year, in votes (票): among the candidates
-- of a category that has voted, ordered as rules/unit_grade.sql orders them (votes desc, target
-- desc, unit_id asc; the first floor(n / pk_ratio) are 特优), all other votes unchanged:
--   a 特优 unit: the votes it could lose and still stay ahead of the best unit that is not
--     (fewer than that: losing them all makes it fall behind);
--   a candidate that is not: the votes it needs more to pass the last 特优 unit.
-- At equal votes the order falls to target score and unit_id, which decide the one vote.
-- nullable: rival_id, rival_name, rival_votes, votes_margin
WITH c AS (
  SELECT g.unit_id, u.name, pg.category, t.target_score, g.pk_votes AS votes, g.grade,
         row_number() OVER (PARTITION BY pg.category ORDER BY g.pk_votes DESC, t.target_score DESC, g.unit_id) AS position
  FROM unit_grade g
  JOIN units u ON u.year = g.year AND u.unit_id = g.unit_id
  JOIN policy_groups pg ON pg.year = u.year AND pg.group_id = u.group_id
  JOIN unit_target t ON t.year = g.year AND t.unit_id = g.unit_id
  WHERE g.year = $year AND g.pk_candidate AND g.pk_votes IS NOT NULL
), edges AS (
  SELECT category,
         max(position) FILTER (WHERE grade = 'outstanding') AS last_winner,
         min(position) FILTER (WHERE grade <> 'outstanding') AS first_other
  FROM c GROUP BY category
)
SELECT a.unit_id, a.name, a.category, a.votes, a.target_score, a.grade, a.position,
       o.unit_id AS rival_id, o.name AS rival_name, o.votes AS rival_votes,
       -- a wins a tie of votes with o when its target is higher, or equal with the lower unit_id
       CASE WHEN o.unit_id IS NULL THEN NULL
            WHEN a.grade = 'outstanding'
              THEN a.votes - o.votes + CASE WHEN a.target_score > o.target_score OR (a.target_score = o.target_score AND a.unit_id < o.unit_id) THEN 1 ELSE 0 END
            ELSE o.votes - a.votes + CASE WHEN a.target_score > o.target_score OR (a.target_score = o.target_score AND a.unit_id < o.unit_id) THEN 0 ELSE 1 END
       END AS votes_margin
FROM c a
JOIN edges e ON e.category = a.category
LEFT JOIN c o ON o.category = a.category
  AND o.position = CASE WHEN a.grade = 'outstanding' THEN e.first_other ELSE e.last_winner END
ORDER BY a.category, a.position;
