-- The years whose alerts a recompute redoes: those in scope_years and the year after each.
INSERT INTO alert_years SELECT year FROM scope_years UNION SELECT year + 1 FROM scope_years;
