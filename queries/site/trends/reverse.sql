-- Reverse evaluation (反向测评) over the years: per year, subject (team / cadre) and reverse aspect
-- of that year's policy, the mean of the units' (or cadres') shares, an exact mean rounded to 4.
-- Only the weaknesses (kind 'reverse'), not the cadres' usage intents; only years that have rows.
SELECT s.year,
       s.subject,
       s.aspect_id,
       a.name AS aspect_name,
       a.position::INTEGER AS position,
       count(*)::INTEGER AS subjects,
       round4(exact_div(sum(s.share), count(*)))::DOUBLE AS mean_share,
       (count(*) FILTER (WHERE s.flagged))::INTEGER AS flagged
FROM reverse_shares s
JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = s.subject AND a.aspect_id = s.aspect_id
WHERE a.kind = 'reverse'
GROUP BY s.year, s.subject, s.aspect_id, a.name, a.position
ORDER BY s.year, s.subject DESC, a.position;
