-- Agreement of targets and ballots (目标与测评的一致性), every year and group (考核组): Spearman's
-- rank correlation between the units' target scores and their teams' democratic scores (the
-- Pearson correlation of their ranks, ties taking the mean rank), beside the share of teams whose
-- ballots were all 好 (满票) with its Wilson interval at $confidence_z (1.96: 95%). A group of
-- fewer than 3 units, or whose scores are all equal, gives no correlation.
-- nullable: rho
WITH ranked AS (
  SELECT u.year, u.group_id, t.target_score, d.democratic_score, d.democratic_band,
         (rank() OVER (PARTITION BY u.year, u.group_id ORDER BY t.target_score)
          + count(*) OVER (PARTITION BY u.year, u.group_id) - rank() OVER (PARTITION BY u.year, u.group_id ORDER BY t.target_score DESC) + 1) / 2.0 AS target_rank,
         (rank() OVER (PARTITION BY u.year, u.group_id ORDER BY d.democratic_score)
          + count(*) OVER (PARTITION BY u.year, u.group_id) - rank() OVER (PARTITION BY u.year, u.group_id ORDER BY d.democratic_score DESC) + 1) / 2.0 AS democratic_rank,
         NOT EXISTS (SELECT 1 FROM team_ballots b WHERE b.year = u.year AND b.unit_id = u.unit_id
                     AND b.fairly_good + b.average + b.poor > 0) AS unanimous
  FROM units u
  JOIN unit_target t ON t.year = u.year AND t.unit_id = u.unit_id
  JOIN team_democratic d ON d.year = u.year AND d.unit_id = u.unit_id
), grouped AS (
  SELECT r.year, r.group_id, g.name AS group_name, g.category, count(*) AS n,
         -- no correlation either when every team (or unit) scored the same (all 满票, say)
         CASE WHEN count(*) >= 3 AND var_pop(r.target_rank) > 0 AND var_pop(r.democratic_rank) > 0
              THEN corr(r.target_rank, r.democratic_rank) END AS rho,
         count(*) FILTER (WHERE r.unanimous) AS unanimous,
         count(*) FILTER (WHERE r.unanimous) / count(*) AS p
  FROM ranked r
  JOIN policy_groups g ON g.year = r.year AND g.group_id = r.group_id
  GROUP BY r.year, r.group_id, g.name, g.category
), wilson AS (
  SELECT *, (p + $confidence_z::DOUBLE ^ 2 / (2 * n)) / (1 + $confidence_z::DOUBLE ^ 2 / n) AS mid,
         $confidence_z::DOUBLE / (1 + $confidence_z::DOUBLE ^ 2 / n) * sqrt(p * (1 - p) / n + $confidence_z::DOUBLE ^ 2 / (4 * n ^ 2)) AS half
  FROM grouped
)
SELECT year, group_id, group_name, category, CAST(n AS INTEGER) AS units, round(rho, 3) AS rho,
       CAST(unanimous AS INTEGER) AS unanimous, round(p, 4) AS unanimous_share,
       round(mid - half, 4) AS unanimous_low, round(mid + half, 4) AS unanimous_high
FROM wilson
ORDER BY year, group_id;
