-- Rule 6: the unit grade (单位考核等次).
--   vetoed, or target < basic_min           → unqualified (不达标)
--   target < qualified_min                  → basically_qualified (基本达标)
--   else                                    → qualified (达标)
-- PK candidates (特优候选单位): qualified units ranked by target score within their category
-- (SQL RANK: ties share a rank), rank ≤ the category's quota. Without a competitive vote
-- (pk_ratio null) every candidate is excellent (优秀). Otherwise, once the category has PK votes,
-- candidates sorted by votes desc, target desc, unit_id asc: the first floor(n / pk_ratio) are
-- outstanding (特优), the rest excellent (同台PK、差额票决, 2:1 in the district). Before any vote the
-- candidates stay qualified, awaiting the vote.
DELETE FROM unit_grade WHERE year IN (SELECT year FROM scope_years);
INSERT INTO unit_grade
WITH base AS (
  SELECT u.year, u.unit_id, g.category, t.target_score, p.pk_ratio,
         CASE WHEN t.vetoed OR t.target_score < p.basic_min THEN 'unqualified'
              WHEN t.target_score < p.qualified_min THEN 'basically_qualified'
              ELSE 'qualified' END AS base_grade
  FROM units u
  JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
  JOIN policy_groups g ON g.year = u.year AND g.group_id = u.group_id
  JOIN policy_rules p ON p.year = u.year
  WHERE u.year IN (SELECT year FROM scope_years)
), ranked AS (
  SELECT b.*,
         rank() OVER (PARTITION BY b.year, b.category, b.base_grade ORDER BY b.target_score DESC) AS pk_rank
  FROM base b
), candidates AS (
  SELECT r.*,
         (r.base_grade = 'qualified' AND r.pk_rank <= coalesce(q.quota, 0)) AS pk_candidate,
         v.votes
  FROM ranked r
  LEFT JOIN policy_quotas q ON q.year = r.year AND q.category = r.category
  LEFT JOIN pk_votes v ON v.year = r.year AND v.unit_id = r.unit_id
), voting AS (
  SELECT c.*,
         bool_or(c.pk_candidate AND c.votes IS NOT NULL) OVER (PARTITION BY c.year, c.category) AS category_voted,
         count(*) FILTER (WHERE c.pk_candidate) OVER (PARTITION BY c.year, c.category) AS n_candidates,
         CASE WHEN c.pk_candidate THEN row_number() OVER (
           PARTITION BY c.year, c.category, c.pk_candidate
           ORDER BY coalesce(c.votes, 0) DESC, c.target_score DESC, c.unit_id ASC) END AS pk_position
  FROM candidates c
)
SELECT year, unit_id, pk_candidate,
       pk_candidate AND pk_ratio IS NOT NULL AND NOT category_voted AS pk_awaiting,
       CASE WHEN pk_candidate AND pk_ratio IS NOT NULL AND category_voted THEN coalesce(votes, 0) END AS pk_votes,
       CASE WHEN NOT pk_candidate THEN base_grade
            WHEN pk_ratio IS NULL THEN 'excellent'
            WHEN NOT category_voted THEN 'qualified'
            -- position p is among the first floor(n / r) exactly when p · r <= n
            WHEN pk_position * pk_ratio <= n_candidates THEN 'outstanding'
            ELSE 'excellent' END AS grade
FROM voting;
