-- Training needs (缺什么补什么), for every cadre graded 基本称职 or 不称职 (the final grade where
-- there is one): a row `reverse` for each of its flagged reverse aspects (score = the share; usage
-- intents are never flagged), and a row `democratic` for each cadre aspect whose s(a), rounded to
-- 2, is the lowest of the cadre's aspects (ties give several rows; score = that rounded s(a)).
DELETE FROM training_needs WHERE year IN (SELECT year FROM scope_years);
INSERT INTO training_needs
WITH weak AS (
  SELECT g.year, g.cadre_id, c.unit_id, g.grade
  FROM cadre_grade g
  JOIN cadres c ON c.year = g.year AND c.cadre_id = g.cadre_id
  WHERE g.year IN (SELECT year FROM scope_years) AND g.grade IN ('basically_competent', 'incompetent')
), aspects AS (
  SELECT w.year, w.cadre_id, w.unit_id, w.grade, d.aspect_id, round2(d.score) AS score
  FROM weak w
  JOIN democratic_parts d ON d.year = w.year AND d.subject = 'cadre' AND d.subject_id = w.cadre_id AND d.rater_group IS NULL
), lowest AS (
  SELECT a.*, min(a.score) OVER (PARTITION BY a.year, a.cadre_id) AS lowest FROM aspects a
)
SELECT year, cadre_id, 'democratic', aspect_id, unit_id, grade, score FROM lowest WHERE score = lowest
UNION ALL
SELECT w.year, w.cadre_id, 'reverse', r.aspect_id, w.unit_id, w.grade, r.share
FROM weak w
JOIN reverse_shares r ON r.year = w.year AND r.subject = 'cadre' AND r.cadre_id = w.cadre_id
WHERE r.flagged;
