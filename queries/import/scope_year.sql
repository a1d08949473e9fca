-- One year into the recompute's scope (scope.sql); alert_years.sql follows once all are in.
INSERT INTO scope_years VALUES ($year);
