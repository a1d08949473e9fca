-- One year into the recompute's scope (scope.sql): the year itself, and for the alerts the year
-- and the year after.
INSERT INTO scope_years VALUES ($year);
INSERT INTO alert_years SELECT $year UNION SELECT $year + 1 EXCEPT SELECT year FROM alert_years;
