-- Sets one cadre's final grade (区委常委会审定) of one year, as an analyst decided on the site.
INSERT INTO final_grades VALUES ($year, $cadre, $grade);
