-- The years a recompute covers: scope_years (the imported years) and alert_years (those and the
-- year after each, whose cross-year alerts look back at them). Temporary, per connection.
CREATE TEMP TABLE IF NOT EXISTS scope_years (year INTEGER);
CREATE TEMP TABLE IF NOT EXISTS alert_years (year INTEGER);
DELETE FROM scope_years;
DELETE FROM alert_years;
