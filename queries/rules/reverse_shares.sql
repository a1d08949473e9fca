-- Rule 12: reverse evaluation (逆向测评) shares. For each reverse aspect, and for a cadre each
-- usage intent (提拔/继任/改非/降职), share = ticks / participants rounded to 4 (0 when nobody
-- took part); a reverse aspect is flagged when share >= flag_share, a usage intent never (null).
-- In 64-bit integers (ratio4, ceil4 in macros.sql): these are the most rows of any rule.
DELETE FROM reverse_shares WHERE year IN (SELECT year FROM scope_years);
INSERT INTO reverse_shares
WITH ticks AS (
  SELECT r.year, 'team' AS subject, r.unit_id, NULL::VARCHAR AS cadre_id, r.aspect_id, r.participants, r.ticks
  FROM team_reverse r
  WHERE r.year IN (SELECT year FROM scope_years)
  UNION ALL
  SELECT r.year, 'cadre', c.unit_id, r.cadre_id, r.aspect_id, r.participants, r.ticks
  FROM cadre_reverse r
  JOIN cadres c ON c.year = r.year AND c.cadre_id = r.cadre_id
  WHERE r.year IN (SELECT year FROM scope_years)
), shared AS (
  SELECT t.*, CASE WHEN t.participants = 0 THEN 0::DECIMAL(18,4) ELSE ratio4(t.ticks, t.participants) END AS share
  FROM ticks t
)
SELECT s.year, s.subject, s.unit_id, s.cadre_id, s.aspect_id, s.participants, s.ticks, s.share,
       CASE WHEN a.kind = 'reverse' THEN s.share >= p.flag4 END
FROM shared s
JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = s.subject AND a.aspect_id = s.aspect_id
JOIN (SELECT year, ceil4(flag_share) AS flag4 FROM policy_rules) p ON p.year = s.year
-- in id order, for the dossiers' lookups by id (queries/import/stage/insert.sql says why)
ORDER BY s.year, s.unit_id, s.cadre_id;
