-- Signal 批量填票 (ballots filled in bulk) of the year $year: every cadre ballot row of a unit —
-- all its cadres (at least 2) and all aspects, within one rater group — has the same counts of
-- 优秀/称职/基本称职/不称职, as if each rater had marked every cadre and aspect alike.
-- team_alike says whether the team's ballot rows (好/较好/一般/差) repeat the same counts too.
-- nullable: rater_group
WITH rows_of AS (
  SELECT c.unit_id, b.rater_group, b.cadre_id,
         [b.excellent, b.competent, b.basically_competent, b.incompetent] AS counts
  FROM cadre_ballots b JOIN cadres c ON c.year = b.year AND c.cadre_id = b.cadre_id
  WHERE b.year = $year
), alike AS (
  SELECT unit_id, rater_group, any_value(counts) AS counts, count(DISTINCT cadre_id) AS cadres, count(*) AS ballot_rows
  FROM rows_of GROUP BY unit_id, rater_group
  HAVING count(DISTINCT counts) = 1 AND count(DISTINCT cadre_id) >= 2
)
SELECT a.unit_id, u.name, a.rater_group, CAST(a.cadres AS INTEGER) AS cadres, CAST(a.ballot_rows AS INTEGER) AS ballot_rows,
       CAST(a.counts AS INTEGER[]) AS counts,
       coalesce((SELECT count(DISTINCT [t.good, t.fairly_good, t.average, t.poor]) = 1
                        AND any_value([t.good, t.fairly_good, t.average, t.poor]) = a.counts
                 FROM team_ballots t
                 WHERE t.year = $year AND t.unit_id = a.unit_id AND t.rater_group IS NOT DISTINCT FROM a.rater_group), false) AS team_alike
FROM alike a JOIN units u ON u.year = $year AND u.unit_id = a.unit_id
ORDER BY a.unit_id, a.rater_group NULLS FIRST;
