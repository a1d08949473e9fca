-- Signal 评分偏宽 (leniency) of the year $year: a unit whose top-grade share — 好 of its team's
-- ballots and 优秀 of its cadres' ballots, pooled — lies far above the other units of its group
-- (考核组). Robust z = 0.6745 · (share − median) / MAD over the group's units (MAD: the median
-- absolute deviation); flagged when z ≥ $z. A group of fewer than 3 units, or whose MAD is 0,
-- gives no z.
WITH unit_shares AS (
  SELECT u.unit_id, u.name, u.group_id, sum(x.top) AS top, sum(x.ballots) AS ballots,
         sum(x.top) / sum(x.ballots) AS share   -- a statistic, not a rule: DOUBLE is fine
  FROM units u
  JOIN (
    SELECT unit_id, good AS top, good + fairly_good + average + poor AS ballots FROM team_ballots WHERE year = $year
    UNION ALL
    SELECT c.unit_id, b.excellent, b.excellent + b.competent + b.basically_competent + b.incompetent
    FROM cadre_ballots b JOIN cadres c ON c.year = b.year AND c.cadre_id = b.cadre_id WHERE b.year = $year
  ) x ON x.unit_id = u.unit_id
  WHERE u.year = $year
  GROUP BY u.unit_id, u.name, u.group_id
  HAVING sum(x.ballots) > 0
), medians AS (
  SELECT group_id, median(share) AS med, count(*) AS units FROM unit_shares GROUP BY group_id
), mads AS (
  SELECT s.group_id, median(abs(s.share - m.med)) AS mad
  FROM unit_shares s JOIN medians m USING (group_id) GROUP BY s.group_id
)
SELECT s.unit_id, s.name, s.group_id, g.name AS group_name, CAST(s.top AS BIGINT) AS top, CAST(s.ballots AS BIGINT) AS ballots,
       round(s.share, 4) AS share, round(m.med, 4) AS group_median, CAST(m.units AS INTEGER) AS group_units,
       round(0.6745 * (s.share - m.med) / d.mad, 2) AS z
FROM unit_shares s
JOIN medians m USING (group_id)
JOIN mads d USING (group_id)
JOIN policy_groups g ON g.year = $year AND g.group_id = s.group_id
WHERE m.units >= 3 AND d.mad > 0 AND 0.6745 * (s.share - m.med) / d.mad >= $z
ORDER BY z DESC, s.unit_id;
