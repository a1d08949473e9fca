-- Rule 5: a cadre's suggested grade, then its grade.
-- 1. The band of the composite score on the cadre scale (优秀/称职/基本称职/不称职): band_grade.
-- Then the national limits of cadre_rules (刚性规定), each only when the policy has it, in order:
-- 2. incompetent_share ≥ incompetent_share_min → 不称职, whatever the band (不称职票超过三分之一);
-- 3. a principal leader (党政主要负责人) whose unit's team band is in team_bands_bar_excellent
--    cannot keep 优秀 → 称职 (班子测评为一般、差的，主要负责人不得评为优秀);
-- 4. at most floor(excellent_share_max × the year's cadres) keep 优秀, by composite score desc,
--    democratic score desc, cadre_id asc; the rest → 称职 (优秀比例). Final grades neither count
--    nor free a place.
-- The shares pool every ballot row of the cadre (aspects and rater groups, no weights), rounded to
-- 4: incompetent_share = Σ 不称职 / Σ all, approval_share = (Σ 优秀 + Σ 称职) / Σ all.
-- limited_by names the limit that changed the suggestion (null: the band stands). The grade is
-- the final grade of final_grades.csv (区委常委会审定) when there is one, else the suggested grade.
DELETE FROM cadre_grade WHERE year IN (SELECT year FROM scope_years);
INSERT INTO cadre_grade (year, cadre_id, suggested_grade, final_grade, grade, incompetent_share, approval_share, band_grade, limited_by)
WITH shares AS (
  SELECT year, cadre_id,
         ratio4(sum(incompetent), sum(excellent + competent + basically_competent + incompetent)) AS incompetent_share,
         ratio4(sum(excellent + competent), sum(excellent + competent + basically_competent + incompetent)) AS approval_share
  FROM cadre_ballots WHERE year IN (SELECT year FROM scope_years)
  GROUP BY year, cadre_id
), banded AS (
  SELECT c.year, c.cadre_id, c.composite_score, d.democratic_score, s.incompetent_share, s.approval_share,
         p.excellent_share_max,
         CASE WHEN c.composite_score >= p.band_top THEN 'excellent'
              WHEN c.composite_score >= p.band_second THEN 'competent'
              WHEN c.composite_score >= p.band_third THEN 'basically_competent'
              ELSE 'incompetent' END AS band_grade,
         s.incompetent_share >= p.incompetent_share_min AS by_share,
         is_principal(k.role)
           AND EXISTS (SELECT 1 FROM team_democratic t JOIN policy_team_bar b ON b.year = t.year AND b.band = t.democratic_band
                       WHERE t.year = k.year AND t.unit_id = k.unit_id) AS by_team
  FROM cadre_composite c
  JOIN cadres k ON k.year = c.year AND k.cadre_id = c.cadre_id
  JOIN cadre_democratic d ON d.year = c.year AND d.cadre_id = c.cadre_id
  JOIN shares s ON s.year = c.year AND s.cadre_id = c.cadre_id
  JOIN policy_rules p ON p.year = c.year
  WHERE c.year IN (SELECT year FROM scope_years)
), limited AS (
  SELECT b.*,
         CASE WHEN by_share AND band_grade <> 'incompetent' THEN 'incompetent_share'
              WHEN by_team AND band_grade = 'excellent' AND NOT coalesce(by_share, false) THEN 'team_bar' END AS limited_by,
         CASE WHEN by_share THEN 'incompetent'
              WHEN by_team AND band_grade = 'excellent' THEN 'competent'
              ELSE band_grade END AS before_cap
  FROM banded b
), capped AS (
  SELECT l.*,
         count(*) OVER (PARTITION BY year) AS cadres,
         CASE WHEN before_cap = 'excellent' THEN row_number() OVER (
           PARTITION BY year, before_cap = 'excellent'
           ORDER BY composite_score DESC, democratic_score DESC, cadre_id ASC) END AS excellent_position
  FROM limited l
), suggested AS (
  SELECT c.*,
         excellent_position IS NOT NULL AND excellent_share_max IS NOT NULL
           AND excellent_position > floor(excellent_share_max * cadres) AS over_cap
  FROM capped c
)
SELECT s.year, s.cadre_id,
       CASE WHEN s.over_cap THEN 'competent' ELSE s.before_cap END,
       f.grade,
       coalesce(f.grade, CASE WHEN s.over_cap THEN 'competent' ELSE s.before_cap END),
       s.incompetent_share, s.approval_share, s.band_grade,
       CASE WHEN s.over_cap THEN 'excellent_cap' ELSE s.limited_by END
FROM suggested s
LEFT JOIN final_grades f ON f.year = s.year AND f.cadre_id = s.cadre_id;
