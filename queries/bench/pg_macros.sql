-- The macros of queries/schema/macros.sql as PostgreSQL functions, for the benchmark that runs the
-- rules' SQL on PostgreSQL 15 (NUMERIC is exact, so the same arithmetic: divide as scaled
-- integers truncating after 12 digits, round half away from zero).
CREATE OR REPLACE FUNCTION exact_div(n NUMERIC, d NUMERIC) RETURNS NUMERIC(38,12) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT trunc(n::NUMERIC(38,12) / d::NUMERIC(38,12), 12) $$;
CREATE OR REPLACE FUNCTION round2(x NUMERIC) RETURNS NUMERIC(18,2) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT round(x::NUMERIC(38,12), 2) $$;
CREATE OR REPLACE FUNCTION round4(x NUMERIC) RETURNS NUMERIC(18,4) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT round(x::NUMERIC(38,12), 4) $$;
CREATE OR REPLACE FUNCTION ratio4(n NUMERIC, d NUMERIC) RETURNS NUMERIC(18,4) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (div(n * 20000 + d, 2 * d) * 0.0001)::NUMERIC(18,4) $$;
CREATE TABLE IF NOT EXISTS scope_years (year INTEGER);
CREATE TABLE IF NOT EXISTS alert_years (year INTEGER);
