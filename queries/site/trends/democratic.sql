-- The mean democratic scores (民主测评平均得分) per year and category, of teams and of cadres, as
-- stored in the satisfaction view (means of the rounded scores, rounded to 2; null over no cadres).
-- nullable: mean_score
SELECT year, 'team' AS subject, category, mean_team_democratic_score::DOUBLE AS mean_score
FROM satisfaction
UNION ALL
SELECT year, 'cadre' AS subject, category, mean_cadre_democratic_score::DOUBLE AS mean_score
FROM satisfaction
ORDER BY year, subject DESC, category;
