-- A unit's dossier (单位档案), one row per year the warehouse holds the unit ($unit): its name, group
-- and category that year, the target score and veto (一票否决, with the veto items' names), the
-- team's democratic score and band, the composite score, the rank in its group (with the group's
-- size) and from the bottom of its pool (with the pool's size), the grade and PK result, the bonus
-- (base, extra, total and per capita = total / staff, exact, rounded to 2) and the team's ballots
-- summed over the aspects (好/较好/一般/差), unanimous when every ballot is 好 (满票).
-- Scores are cast to DOUBLE after the rules rounded them. No row: the warehouse has no such unit.
-- nullable: template_name, veto_items, democratic_score, team_band, composite_score, bottom_rank, pk_votes, reward_rate, base_bonus, extra_bonus, total_bonus, per_capita, ballots_good, ballots_fairly_good, ballots_average, ballots_poor, unanimous
SELECT u.year,
       u.unit_id,
       u.name,
       u.category,
       u.group_id,
       u.group_name,
       u.template,
       t.name AS template_name,
       u.staff::INTEGER AS staff,
       u.target_score::DOUBLE AS target_score,
       u.vetoed,
       (SELECT string_agg(coalesce(vi.name, v.item_id), '、' ORDER BY v.item_id)
          FROM vetoes v
          LEFT JOIN policy_veto_items vi ON vi.year = v.year AND vi.veto_id = v.item_id
         WHERE v.year = u.year AND v.unit_id = u.unit_id) AS veto_items,
       u.democratic_score::DOUBLE AS democratic_score,
       u.democratic_band AS team_band,
       u.composite_score::DOUBLE AS composite_score,
       u.rank_in_group::INTEGER AS rank_in_group,
       (SELECT count(*) FROM units g WHERE g.year = u.year AND g.group_id = u.group_id)::INTEGER AS group_size,
       u.bottom_rank::INTEGER AS bottom_rank,
       u.in_bottom_two,
       pool.size::INTEGER AS pool_size,
       u.grade,
       u.pk_candidate,
       u.pk_awaiting,
       u.pk_votes::INTEGER AS pk_votes,
       r.rate::DOUBLE AS reward_rate,
       r.base_bonus::DOUBLE AS base_bonus,
       r.extra_bonus::DOUBLE AS extra_bonus,
       r.total_bonus::DOUBLE AS total_bonus,
       (CASE WHEN r.staff > 0 THEN round2(exact_div(r.total_bonus, r.staff)) END)::DOUBLE AS per_capita,
       b.good::INTEGER AS ballots_good,
       b.fairly_good::INTEGER AS ballots_fairly_good,
       b.average::INTEGER AS ballots_average,
       b.poor::INTEGER AS ballots_poor,
       (b.fairly_good + b.average + b.poor = 0) AS unanimous
FROM unit_results u
-- The pools' sizes from the stored tables, for the unit's years only (not the whole view).
LEFT JOIN (
  SELECT x.year, g.category, count(*) AS size
  FROM units x
  JOIN policy_groups g ON g.year = x.year AND g.group_id = x.group_id
  JOIN unit_bottom_rank b ON b.year = x.year AND b.unit_id = x.unit_id
  WHERE b.bottom_rank IS NOT NULL AND x.year IN (SELECT year FROM units WHERE unit_id = $unit)
  GROUP BY x.year, g.category
) pool ON pool.year = u.year AND pool.category = u.category
LEFT JOIN policy_templates t ON t.year = u.year AND t.template_id = u.template
LEFT JOIN rewards r ON r.year = u.year AND r.unit_id = u.unit_id
LEFT JOIN (
  SELECT year, unit_id, sum(good) AS good, sum(fairly_good) AS fairly_good, sum(average) AS average, sum(poor) AS poor
  FROM team_ballots
  WHERE unit_id = $unit
  GROUP BY year, unit_id
) b ON b.year = u.year AND b.unit_id = u.unit_id
WHERE u.unit_id = $unit
ORDER BY u.year;
