-- The macros of queries/schema/macros.sql as PostgreSQL 15 functions, for the benchmark that runs
-- the rules' SQL on PostgreSQL (test/bench/postgres.ts): the same arithmetic, each macro's body
-- written again with PostgreSQL's names (three with one of their two paths: see round2_12).
-- HUGEINT is NUMERIC there (pg_sql turns the rules' type names), exact like DuckDB's 128-bit
-- integers; BIGINT is BIGINT, whose overflow is an error on both. Scalar macros are IMMUTABLE SQL
-- functions (inlined by the planner where their arguments allow), table macros set-returning SQL
-- functions (STABLE: they read the policy tables). Each macro's comment is in macros.sql. Loaded
-- once into the bench's new cluster, after the vocabulary's functions (reward_rate calls
-- unit_grade_order).

-- DuckDB's `//`: integer division truncating toward zero, null for a divisor 0 (PostgreSQL's
-- BIGINT `/` truncates too but raises an error for 0; NUMERIC's `/` does not truncate, div() does).
-- PostgreSQL gives an operator of its own a precedence below `+` and `-` (DuckDB: that of `*`), so
-- every `//` below is parenthesised where that differs.
CREATE OR REPLACE FUNCTION duck_intdiv(a BIGINT, b BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT a / nullif(b, 0) $$;
CREATE OR REPLACE FUNCTION duck_intdiv(a NUMERIC, b NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT div(a, nullif(b, 0)) $$;
CREATE OR REPLACE FUNCTION duck_intdiv(a INTEGER, b INTEGER) RETURNS INTEGER LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT a / nullif(b, 0) $$;
CREATE OPERATOR // (LEFTARG = BIGINT, RIGHTARG = BIGINT, FUNCTION = duck_intdiv);
CREATE OPERATOR // (LEFTARG = NUMERIC, RIGHTARG = NUMERIC, FUNCTION = duck_intdiv);
CREATE OPERATOR // (LEFTARG = INTEGER, RIGHTARG = INTEGER, FUNCTION = duck_intdiv);

-- DuckDB's any_value (PostgreSQL has it from 16): the first non-null value of the group.
CREATE OR REPLACE FUNCTION any_value_step(a ANYELEMENT, b ANYELEMENT) RETURNS ANYELEMENT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
  $$ SELECT a $$;
CREATE OR REPLACE AGGREGATE any_value(ANYELEMENT) (SFUNC = any_value_step, STYPE = ANYELEMENT, COMBINEFUNC = any_value_step, PARALLEL = SAFE);

-- 12-scale: x × 10¹² as an integer.
CREATE OR REPLACE FUNCTION scaled12(x NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(CAST(x AS NUMERIC(38,12)) * 1000000000000 AS NUMERIC(38,0)) $$;
CREATE OR REPLACE FUNCTION policy12(x NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(trunc(CAST(x AS NUMERIC(38,12))) AS NUMERIC(38,0)) * 1000000000000
            + scaled12(CAST(x AS NUMERIC(38,12)) - trunc(CAST(x AS NUMERIC(38,12)))) $$;
CREATE OR REPLACE FUNCTION from12(q NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(CAST(q AS NUMERIC(38,0)) * 0.000000000001 AS NUMERIC(38,12)) $$;
CREATE OR REPLACE FUNCTION exact_div(n NUMERIC, d NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT from12((scaled12(n) * 1000000000000) // scaled12(d)) $$;

-- Rounding half away from zero (PostgreSQL's round on NUMERIC does this too).
CREATE OR REPLACE FUNCTION round2(x NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(round(CAST(x AS NUMERIC(38,12)), 2) AS NUMERIC(18,2)) $$;
CREATE OR REPLACE FUNCTION round4(x NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(round(CAST(x AS NUMERIC(38,12)), 4) AS NUMERIC(18,4)) $$;

-- ratio4: in BIGINT when n, d ≤ ratio4_max(), else in NUMERIC. Two signatures, so that BIGINT
-- counts are not widened to NUMERIC first (sums of counts are NUMERIC on PostgreSQL).
CREATE OR REPLACE FUNCTION ratio4_max() RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(461145544565510 AS BIGINT) $$;
CREATE OR REPLACE FUNCTION ratio4(n NUMERIC, d NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(CASE WHEN n <= ratio4_max() AND d <= ratio4_max()
                      THEN (CAST(n AS BIGINT) * 20000 + CAST(d AS BIGINT)) // (2 * CAST(d AS BIGINT))
                      ELSE (CAST(n AS NUMERIC) * 20000 + d) // (2 * CAST(d AS NUMERIC)) END AS NUMERIC(18,0))
            * 0.0001 $$;
CREATE OR REPLACE FUNCTION ratio4(n BIGINT, d BIGINT) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(CASE WHEN n <= ratio4_max() AND d <= ratio4_max()
                      THEN (n * 20000 + d) // (2 * d)
                      ELSE (CAST(n AS NUMERIC) * 20000 + d) // (2 * CAST(d AS NUMERIC)) END AS NUMERIC(18,0))
            * 0.0001 $$;

CREATE OR REPLACE FUNCTION share_percent1(n NUMERIC, d NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST((CAST(n AS NUMERIC) * 2000 + d) // (2 * CAST(d AS NUMERIC)) AS NUMERIC(18,0)) * 0.001 $$;

CREATE OR REPLACE FUNCTION ceil4(t NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(ceil(CAST(t AS NUMERIC(38,12)) * 10000) AS NUMERIC(18,0)) * 0.0001 $$;

CREATE OR REPLACE FUNCTION int64_max() RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CAST(9223372036854775807 AS BIGINT) $$;
-- DuckDB's list literal indexed from 1, as a PostgreSQL array (also indexed from 1).
CREATE OR REPLACE FUNCTION pow10(k BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (CAST(ARRAY[1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
                        1000000000, 10000000000, 100000000000, 1000000000000] AS BIGINT[]))[k + 1] $$;

-- x / p rounded half away from zero. PostgreSQL has no sign(BIGINT): it takes the DOUBLE one,
-- exact for a sign.
CREATE OR REPLACE FUNCTION round_div(x BIGINT, p BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (x + CAST(sign(x) AS BIGINT) * (p // 2)) // p $$;

CREATE OR REPLACE FUNCTION ballot_factors()
  RETURNS TABLE (year INTEGER, subject TEXT, f1 BIGINT, f2 BIGINT, f3 BIGINT, f4 BIGINT, d_max BIGINT)
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH f AS (
    SELECT p.year, 'team' AS subject, policy12(p.f_good) AS f1, policy12(p.f_fairly_good) AS f2,
           policy12(p.f_average) AS f3, policy12(p.f_poor) AS f4
    FROM policy_rules p
    UNION ALL
    SELECT p.year, 'cadre', policy12(p.f_excellent), policy12(p.f_competent),
           policy12(p.f_basically_competent), policy12(p.f_incompetent)
    FROM policy_rules p
  ), m AS (SELECT f.*, greatest(abs(f.f1), abs(f.f2), abs(f.f3), abs(f.f4)) AS f_max FROM f)
  SELECT x.year, x.subject,
         CASE WHEN x.fits THEN CAST(x.f1 AS BIGINT) END, CASE WHEN x.fits THEN CAST(x.f2 AS BIGINT) END,
         CASE WHEN x.fits THEN CAST(x.f3 AS BIGINT) END, CASE WHEN x.fits THEN CAST(x.f4 AS BIGINT) END,
         CASE WHEN NOT x.fits THEN -1 WHEN x.f_max = 0 THEN int64_max()
              ELSE CAST(int64_max() // (100 * x.f_max) AS BIGINT) END
  FROM (SELECT m.*, 100 * m.f_max <= int64_max() AS fits FROM m) x $$;

CREATE OR REPLACE FUNCTION ballot_score12(c1 BIGINT, c2 BIGINT, c3 BIGINT, c4 BIGINT, d BIGINT,
                                          f1 BIGINT, f2 BIGINT, f3 BIGINT, f4 BIGINT, d_max BIGINT)
  RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CASE WHEN d <= d_max THEN 100 * (c1 * f1 + c2 * f2 + c3 * f3 + c4 * f4) // d END $$;

-- DuckDB's range(0, 13) is generate_series(0, 12).
CREATE OR REPLACE FUNCTION weight_scales()
  RETURNS TABLE (kind TEXT, year INTEGER, subject TEXT, id TEXT, wk BIGINT, p BIGINT, q_max BIGINT)
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH w AS (
    SELECT 'group' AS kind, g.year, NULL::TEXT AS subject, g.group_id AS id, policy12(g.weight) AS w12 FROM policy_rater_groups g
    UNION ALL
    SELECT 'aspect', a.year, a.subject, a.aspect_id, policy12(a.weight) FROM policy_aspects a
  ), k AS (
    SELECT x.kind, x.year, x.subject, min(x.k) AS k FROM (
      SELECT w.kind, w.year, w.subject, r.k FROM w, generate_series(CAST(0 AS BIGINT), 12) r(k)
      GROUP BY w.kind, w.year, w.subject, r.k
      HAVING bool_and(w.w12 % pow10(12 - r.k) = 0)
    ) x GROUP BY x.kind, x.year, x.subject
  ), s AS (
    SELECT w.kind, w.year, w.subject, w.id, k.k, w.w12 // pow10(12 - k.k) AS wk,
           max(w.w12 // pow10(12 - k.k)) OVER (PARTITION BY w.kind, w.year, w.subject) AS wk_max
    FROM w JOIN k ON k.kind = w.kind AND k.year = w.year AND k.subject IS NOT DISTINCT FROM w.subject
  )
  SELECT s.kind, s.year, s.subject, s.id,
         CASE WHEN s.wk_max <= int64_max() THEN CAST(s.wk AS BIGINT) END,
         CASE WHEN s.wk_max <= int64_max() THEN pow10(s.k) END,
         CASE WHEN s.wk_max <= int64_max() THEN CAST((int64_max() - (pow10(s.k) // 2)) // s.wk_max AS BIGINT) ELSE -1 END
  FROM s $$;

CREATE OR REPLACE FUNCTION weighted12(s12 BIGINT, wk BIGINT, p BIGINT, q_max BIGINT, weight NUMERIC, score NUMERIC)
  RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CASE WHEN abs(s12) <= q_max
                 THEN CAST(round_div(wk * s12, p) AS NUMERIC)
                 ELSE scaled12(CAST(weight * score AS NUMERIC(38,12))) END $$;

CREATE OR REPLACE FUNCTION mean12(s NUMERIC, w NUMERIC, p BIGINT, weights NUMERIC)
  RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CASE WHEN abs(s) <= int64_max() AND w * p <= int64_max()
                      AND least(abs(s), int64_max()) * p <= least(w, int64_max()) * CAST(int64_max() AS NUMERIC)
                 THEN CAST((CAST(s AS BIGINT) // CAST(w AS BIGINT)) * p
                           + (((CAST(s AS BIGINT) % CAST(w AS BIGINT)) * p) // CAST(w AS BIGINT)) AS NUMERIC)
                 ELSE (s * CAST(1000000000000 AS NUMERIC)) // scaled12(weights) END $$;

-- round2_12, blend2 and reward_base have one path, the macro's exact NUMERIC one, for every value
-- (the macros take a BIGINT path where it fits, that one elsewhere; macros.sql: both give the same
-- numbers). With both paths a parameter appears several times in the body, and PostgreSQL inlines
-- a function into the query only when each such argument is cheap (≤ 10 operators); the rules
-- pass these an expression (mean12's; composite_score's to_int64(policy12(…)); rewards'
-- reward_scale(…), itself not inlined), so PostgreSQL would run the function as a query of its own
-- on every row (~50 µs a call: blend2 made composite_score 16× DuckDB's time at 1×, reward_base
-- rewards 6×). With one reference to each parameter they are inlined (blend2's w12 and
-- reward_base's s are unused, so reward_scale is never evaluated).
CREATE OR REPLACE FUNCTION round2_12(m NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT round2(from12(m)) $$;

CREATE OR REPLACE FUNCTION to_int64(m NUMERIC) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CASE WHEN abs(m) <= int64_max() THEN CAST(m AS BIGINT) END $$;

CREATE OR REPLACE FUNCTION blend2(w NUMERIC, w12 BIGINT, a NUMERIC, b NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT round2(CAST(w * a AS NUMERIC(38,12)) + CAST((1 - w) * b AS NUMERIC(38,12))) $$;

-- DuckDB's list_position over a list comprehension: the least r in 0..12 that holds.
CREATE OR REPLACE FUNCTION digits12(x12 NUMERIC) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (SELECT min(r) FROM generate_series(CAST(0 AS BIGINT), 12) r WHERE x12 % pow10(12 - r) = 0) $$;

-- Rule 10's macros. reward_rate is generic in DuckDB (the caller's type): one function per type.
CREATE OR REPLACE FUNCTION reward_rate(grade TEXT, one NUMERIC, basic NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CASE WHEN unit_grade_order(grade) <= unit_grade_order('qualified') THEN one
                 WHEN unit_grade_order(grade) = unit_grade_order('basically_qualified') THEN basic
                 ELSE 0 END $$;
CREATE OR REPLACE FUNCTION reward_rate(grade TEXT, one BIGINT, basic BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CASE WHEN unit_grade_order(grade) <= unit_grade_order('qualified') THEN one
                 WHEN unit_grade_order(grade) = unit_grade_order('basically_qualified') THEN basic
                 ELSE 0 END $$;

-- DuckDB's struct {c, b, one, p, l} as a composite type.
CREATE TYPE reward_scale_struct AS (c BIGINT, b BIGINT, one BIGINT, p BIGINT, l BIGINT);
CREATE OR REPLACE FUNCTION reward_scale_of(c12 NUMERIC, b12 NUMERIC, kc BIGINT, kb BIGINT)
  RETURNS reward_scale_struct LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT CASE WHEN kc + kb > 10 THEN NULL
                 WHEN abs(c12 // pow10(12 - kc)) > int64_max() // greatest(pow10(kb), abs(b12 // pow10(12 - kb))) THEN NULL
                 ELSE ROW(CAST(c12 // pow10(12 - kc) AS BIGINT), CAST(b12 // pow10(12 - kb) AS BIGINT), pow10(kb),
                          pow10(kc + kb),
                          CAST(least(int64_max() - (pow10(kc + kb) // 2), 10000000000000000 * CAST(pow10(kc + kb) AS NUMERIC) - 1)
                               // greatest(abs(c12 // pow10(12 - kc)) * greatest(pow10(kb), abs(b12 // pow10(12 - kb))), 1) AS BIGINT)
                         )::reward_scale_struct END $$;
CREATE OR REPLACE FUNCTION reward_scale(standard NUMERIC, basic_rate NUMERIC) RETURNS reward_scale_struct LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT reward_scale_of(policy12(standard), policy12(basic_rate), digits12(policy12(standard)), digits12(policy12(basic_rate))) $$;

-- One path (see round2_12): the macro's DECIMAL(38,12) steps, for every row.
CREATE OR REPLACE FUNCTION reward_base(grade TEXT, target_score NUMERIC, staff BIGINT, standard NUMERIC, basic_rate NUMERIC, s reward_scale_struct)
  RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT round2(CAST(CAST(CAST(standard * target_score AS NUMERIC(38,12)) * staff AS NUMERIC(38,12))
                        * reward_rate(grade, CAST(1 AS NUMERIC(38,12)), basic_rate) AS NUMERIC(38,12))) $$;

CREATE OR REPLACE FUNCTION reward_extras() RETURNS TABLE (year INTEGER, grade TEXT, extra2 NUMERIC)
  LANGUAGE sql STABLE PARALLEL SAFE AS
  $$ SELECT x.year, x.grade, round2(x.amount) FROM policy_reward_extra x $$;

CREATE TABLE IF NOT EXISTS scope_years (year INTEGER);
CREATE TABLE IF NOT EXISTS alert_years (year INTEGER);
