-- The national limits on one cadre's grade ($cadre) in every year: the band of the composite score,
-- the suggested grade and the limit that changed it (limited_by), the pooled shares, the policy's
-- thresholds (null where the policy has none), the places for 优秀 under the cap and the unit's
-- team band.
-- nullable: limited_by, incompetent_share_min, excellent_share_max, admonish_share_below, excellent_places, team_band
SELECT c.year,
       c.band_grade,
       c.suggested_grade,
       c.limited_by,
       c.incompetent_share::DOUBLE AS incompetent_share,
       c.approval_share::DOUBLE AS approval_share,
       p.incompetent_share_min::DOUBLE AS incompetent_share_min,
       p.excellent_share_max::DOUBLE AS excellent_share_max,
       p.admonish_share_below::DOUBLE AS admonish_share_below,
       floor(p.excellent_share_max * n.cadres)::INTEGER AS excellent_places,
       n.cadres::INTEGER AS cadres,
       t.democratic_band AS team_band
FROM cadre_results c
JOIN policy_rules p ON p.year = c.year
JOIN (SELECT year, count(*) AS cadres FROM cadres GROUP BY year) n ON n.year = c.year
LEFT JOIN team_democratic t ON t.year = c.year AND t.unit_id = c.unit_id
WHERE c.cadre_id = $cadre
ORDER BY c.year DESC;
