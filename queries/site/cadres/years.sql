-- A cadre's dossier (干部考察档案), one row per year the warehouse holds the cadre ($cadre): the unit
-- and role held that year (with the unit's name), the cadre's ballots summed over the aspects
-- (优秀/称职/基本称职/不称职), unanimous when every ballot is 优秀 (满票), the democratic score and
-- band, the unit's target score, the composite score, the suggested, final and resulting grade, and
-- the usage intents of the reverse evaluation (提拔/继任/改非/降职: votes and shares of the
-- participants; null in a year without reverse evaluation). Scores are cast to DOUBLE after the
-- rules rounded them. No row: the warehouse has no such cadre.
-- nullable: unit_name, ballots_excellent, ballots_competent, ballots_basically_competent, ballots_incompetent, unanimous, final_grade, usage_participants, promote, retain, non_leadership, demote, promote_share, retain_share, non_leadership_share, demote_share
-- The id filters the large table once, in a MATERIALIZED CTE: its rows lie in id order within
-- each year (queries/import/stage/insert.sql), so the zone maps skip most row groups.
WITH shares AS MATERIALIZED (SELECT * FROM reverse_shares WHERE cadre_id = $cadre)
SELECT c.year,
       c.cadre_id,
       c.name,
       c.unit_id,
       u.name AS unit_name,
       c.role,
       c.principal,
       b.excellent::INTEGER AS ballots_excellent,
       b.competent::INTEGER AS ballots_competent,
       b.basically_competent::INTEGER AS ballots_basically_competent,
       b.incompetent::INTEGER AS ballots_incompetent,
       (b.competent + b.basically_competent + b.incompetent = 0) AS unanimous,
       c.democratic_score::DOUBLE AS democratic_score,
       c.democratic_band,
       c.target_score::DOUBLE AS target_score,
       c.composite_score::DOUBLE AS composite_score,
       c.suggested_grade,
       c.final_grade,
       c.grade,
       i.participants::INTEGER AS usage_participants,
       i.promote::INTEGER AS promote,
       i.retain::INTEGER AS retain,
       i.non_leadership::INTEGER AS non_leadership,
       i.demote::INTEGER AS demote,
       i.promote_share::DOUBLE AS promote_share,
       i.retain_share::DOUBLE AS retain_share,
       i.non_leadership_share::DOUBLE AS non_leadership_share,
       i.demote_share::DOUBLE AS demote_share
FROM cadre_results c
LEFT JOIN units u ON u.year = c.year AND u.unit_id = c.unit_id
LEFT JOIN (
  SELECT year, cadre_id,
         sum(excellent) AS excellent, sum(competent) AS competent,
         sum(basically_competent) AS basically_competent, sum(incompetent) AS incompetent
  FROM cadre_ballots
  WHERE cadre_id = $cadre
  GROUP BY year, cadre_id
) b ON b.year = c.year AND b.cadre_id = c.cadre_id
LEFT JOIN (
  SELECT year, cadre_id,
         max(participants) AS participants,
         max(ticks) FILTER (WHERE aspect_id = 'promote') AS promote,
         max(ticks) FILTER (WHERE aspect_id = 'retain') AS retain,
         max(ticks) FILTER (WHERE aspect_id = 'non_leadership') AS non_leadership,
         max(ticks) FILTER (WHERE aspect_id = 'demote') AS demote,
         max(share) FILTER (WHERE aspect_id = 'promote') AS promote_share,
         max(share) FILTER (WHERE aspect_id = 'retain') AS retain_share,
         max(share) FILTER (WHERE aspect_id = 'non_leadership') AS non_leadership_share,
         max(share) FILTER (WHERE aspect_id = 'demote') AS demote_share
  FROM shares
  WHERE subject = 'cadre'
    AND aspect_id IN ('promote', 'retain', 'non_leadership', 'demote')
  GROUP BY year, cadre_id
) i ON i.year = c.year AND i.cadre_id = c.cadre_id
WHERE c.cadre_id = $cadre
ORDER BY c.year;
