-- Removes one cadre's final grade (区委常委会审定) of one year, before a new one is set or so that
-- the suggested grade applies again.
DELETE FROM final_grades WHERE year = $year AND cadre_id = $cadre;
