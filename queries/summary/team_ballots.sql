-- Internal edition only: each unit's team ballots of one year ($year), summed over the aspects
-- of the democratic evaluation (好/较好/一般/差), with the team's democratic score and band.
-- nullable: democratic_score, team_band
SELECT u.unit_id,
       u.name,
       u.group_name,
       sum(b.good)::INTEGER AS good,
       sum(b.fairly_good)::INTEGER AS fairly_good,
       sum(b.average)::INTEGER AS average,
       sum(b.poor)::INTEGER AS poor,
       u.democratic_score::DOUBLE AS democratic_score,
       u.democratic_band AS team_band
FROM unit_results u
JOIN team_ballots b ON b.year = u.year AND b.unit_id = u.unit_id
WHERE u.year = $year
GROUP BY u.category, u.group_id, u.unit_id, u.name, u.group_name, u.democratic_score, u.democratic_band
ORDER BY category_order(u.category), u.group_id, u.unit_id;
