-- The leadership team (领导班子) of one unit ($unit) in every year: its cadres with their role,
-- democratic and composite score and grade, principal leaders first (党委书记, 行政主要负责人).
SELECT c.year,
       c.cadre_id,
       c.name,
       c.role,
       c.principal,
       c.democratic_score::DOUBLE AS democratic_score,
       c.composite_score::DOUBLE AS composite_score,
       c.grade
FROM cadre_results c
WHERE c.unit_id = $unit
ORDER BY c.year,
         role_order(c.role),
         c.cadre_id;
