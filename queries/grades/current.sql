-- One cadre's grades in one year: the suggested grade (rule 5) and the final grade, if any.
SELECT suggested_grade, final_grade, grade FROM cadre_grade WHERE year = $year AND cadre_id = $cadre;
