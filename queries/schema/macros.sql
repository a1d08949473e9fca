-- Exact decimal arithmetic on numbers with 12 fractional digits, as integers × 10¹² ("12-scale").
-- DuckDB's `/` on DECIMALs gives a DOUBLE, and the contract forbids binary floating point before
-- the final rounding; so divide as scaled integers, truncating after 12 fractional digits (the
-- contract asks for at least 10).
CREATE OR REPLACE MACRO scaled12(x) AS CAST(CAST(x AS DECIMAL(38,12)) * 1000000000000 AS HUGEINT);
-- The same for a policy number, whose ±10²⁰ × 10¹² passes DECIMAL(38,12)'s 26 integer digits:
-- whole part and fraction apart.
CREATE OR REPLACE MACRO policy12(x) AS
  CAST(trunc(CAST(x AS DECIMAL(38,12))) AS HUGEINT) * 1000000000000
  + scaled12(CAST(x AS DECIMAL(38,12)) - trunc(CAST(x AS DECIMAL(38,12))));
CREATE OR REPLACE MACRO from12(q) AS CAST(q AS DECIMAL(38,0)) * 0.000000000001::DECIMAL(13,12);
CREATE OR REPLACE MACRO exact_div(n, d) AS from12((scaled12(n) * 1000000000000::HUGEINT) // scaled12(d));

-- Rounding half away from zero, as the contract asks (DuckDB's ROUND on DECIMAL does this).
CREATE OR REPLACE MACRO round2(x) AS CAST(round(CAST(x AS DECIMAL(38,12)), 2) AS DECIMAL(18,2));
CREATE OR REPLACE MACRO round4(x) AS CAST(round(CAST(x AS DECIMAL(38,12)), 4) AS DECIMAL(18,4));

-- A ratio of two whole numbers ≥ 0 rounded half away from zero to 4 decimals, in integer
-- arithmetic only: round(n / d, 4) = floor((2·10⁴·n + d) / (2d)) / 10⁴. Exact, and much cheaper
-- than exact_div for the shares of reverse evaluation and satisfaction. In BIGINT when n and d are
-- at most ratio4_max() = ⌊(2⁶³ − 1) / 20001⌋ ≈ 4.6·10¹⁴ (then 2·10⁴·n + d ≤ 20001·max(n, d) fits):
-- every count of a bundle up to that many voters, and sums of them (cadre_grade's pooled shares);
-- past it (the bundle check allows counts up to 2⁵³) in HUGEINT. The 128-bit division cost ~25×
-- the 64-bit one on the 6.3 M reverse rows at 100× (issue #10). The quotient is at most 10⁴ × n /
-- d + 1, a DECIMAL(18,0) for every share (n ≤ d).
CREATE OR REPLACE MACRO ratio4_max() AS 461145544565510::BIGINT;
CREATE OR REPLACE MACRO ratio4(n, d) AS
  CAST(CASE WHEN n <= ratio4_max() AND d <= ratio4_max()
            THEN (CAST(n AS BIGINT) * 20000 + CAST(d AS BIGINT)) // (2 * CAST(d AS BIGINT))
            ELSE (CAST(n AS HUGEINT) * 20000 + d) // (2 * CAST(d AS HUGEINT)) END AS DECIMAL(18,0))
  * 0.0001::DECIMAL(5,4);

-- A share n / d of whole numbers ≥ 0 (d > 0) as a percentage with one decimal, i.e. rounded half
-- away from zero to 3 decimals, exactly (HUGEINT: for a published figure, not a rule's row): as
-- the summary prints it, so its double gives the same text (ratio4 rounded again would not: 0.23045…
-- → 0.2305 → 23.1%).
CREATE OR REPLACE MACRO share_percent1(n, d) AS
  CAST((CAST(n AS HUGEINT) * 2000 + d) // (2 * CAST(d AS HUGEINT)) AS DECIMAL(18,0)) * 0.001::DECIMAL(4,3);

-- The least 4-decimal number ≥ a threshold t in 0..1 with up to 12 fractional digits (the policy
-- check's range for a share), as DECIMAL(18,4): for a share s of 4 decimals, s ≥ t ⇔ s ≥ ceil4(t),
-- a 64-bit comparison instead of a 128-bit one on every row. Null stays null.
CREATE OR REPLACE MACRO ceil4(t) AS
  CAST(ceil(CAST(t AS DECIMAL(38,12)) * 10000) AS DECIMAL(18,0)) * 0.0001::DECIMAL(5,4);

-- The democratic score in 64-bit integers where it fits (issue #10). 128-bit DECIMAL arithmetic
-- on every ballot row was 2.4× slower than PostgreSQL; BIGINT arithmetic gives the same numbers
-- where no value can pass 2⁶³ − 1, and each row that could takes the 128-bit path instead, so a
-- policy the check accepts (any number within ±10²⁰ with ≤ 12 fractional digits, counts up to
-- 2⁵³) never gets a wrong number; DuckDB also raises an error on a BIGINT overflow, never wraps.
CREATE OR REPLACE MACRO int64_max() AS 9223372036854775807::BIGINT;
CREATE OR REPLACE MACRO pow10(k) AS (CAST([1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
  1000000000, 10000000000, 100000000000, 1000000000000] AS BIGINT[]))[k + 1];

-- x / p rounded half away from zero, for BIGINT x and p = 10^k (p even or 1).
CREATE OR REPLACE MACRO round_div(x, p) AS (x + sign(x) * (p // 2)) // p;

-- Per year and subject, the four ballot factors in 12-scale as BIGINT, and d_max: the largest
-- Σ count of a ballot row for which 100 × Σ(count × F) stays within 2⁶³ − 1 (each |count × F| ≤
-- count × F_max, so every partial sum is bounded too). F_max ≥ 2⁶³ / 100 (|factor| ≥ ~9.2·10⁴):
-- d_max = −1, every row of that year takes the 128-bit path. In the district (F_max = 10¹²,
-- factor 1) d_max = 92 233: more voters than one ballot row has.
CREATE OR REPLACE MACRO ballot_factors() AS TABLE
  WITH f AS (
    SELECT year, 'team' AS subject, policy12(f_good) AS f1, policy12(f_fairly_good) AS f2,
           policy12(f_average) AS f3, policy12(f_poor) AS f4
    FROM policy_rules
    UNION ALL
    SELECT year, 'cadre', policy12(f_excellent), policy12(f_competent),
           policy12(f_basically_competent), policy12(f_incompetent)
    FROM policy_rules
  ), m AS (SELECT *, greatest(abs(f1), abs(f2), abs(f3), abs(f4)) AS f_max FROM f)
  SELECT year, subject,
         CASE WHEN fits THEN CAST(f1 AS BIGINT) END AS f1, CASE WHEN fits THEN CAST(f2 AS BIGINT) END AS f2,
         CASE WHEN fits THEN CAST(f3 AS BIGINT) END AS f3, CASE WHEN fits THEN CAST(f4 AS BIGINT) END AS f4,
         CASE WHEN NOT fits THEN -1 WHEN f_max = 0 THEN int64_max()
              ELSE CAST(int64_max() // (100 * f_max) AS BIGINT) END AS d_max
  FROM (SELECT *, 100 * f_max <= int64_max() AS fits FROM m);

-- s = 100 × Σ(count × factor) / Σ count truncated to 12 fractional digits, in 12-scale (BIGINT):
-- trunc(100 × Σ(count × F) / Σ count) with F = factor × 10¹², exactly exact_div's quotient. Null
-- when d > d_max (the caller then takes exact_div).
CREATE OR REPLACE MACRO ballot_score12(c1, c2, c3, c4, d, f1, f2, f3, f4, d_max) AS
  CASE WHEN d <= d_max THEN 100 * (c1 * f1 + c2 * f2 + c3 * f3 + c4 * f4) // d END;

-- Per weight (kind 'group': a rater group, subject null; kind 'aspect': an aspect of a subject),
-- the weight as w_k = w × 10^k with k the fewest fractional digits that hold every weight of its
-- year (and subject), p = 10^k, and q_max: the largest |s| (12-scale) with |w_k × s| + p/2 within
-- 2⁶³ − 1 for every weight of the set (w_k and p null, q_max -1 when a w_k passes 2⁶³: the 128-bit
-- path). With weights
-- 1..10 (k = 0) q_max ≥ 9.2·10¹⁷, a score up to 9.2·10⁵; with 12-digit fractions of ~1 q_max ≈
-- 9.2·10⁶ (a score of 9.2·10⁻⁶), so such policies take the 128-bit path.
CREATE OR REPLACE MACRO weight_scales() AS TABLE
  WITH w AS (
    SELECT 'group' AS kind, year, NULL::VARCHAR AS subject, group_id AS id, policy12(weight) AS w12 FROM policy_rater_groups
    UNION ALL
    SELECT 'aspect', year, subject, aspect_id, policy12(weight) FROM policy_aspects
  ), k AS (
    SELECT kind, year, subject, min(k) AS k FROM (
      SELECT w.kind, w.year, w.subject, r.k FROM w, range(0, 13) r(k)
      GROUP BY w.kind, w.year, w.subject, r.k
      HAVING bool_and(w.w12 % pow10(12 - r.k) = 0)
    ) GROUP BY kind, year, subject
  ), s AS (
    SELECT w.kind, w.year, w.subject, w.id, k.k, w.w12 // pow10(12 - k.k) AS wk,
           max(w.w12 // pow10(12 - k.k)) OVER (PARTITION BY w.kind, w.year, w.subject) AS wk_max
    FROM w JOIN k ON k.kind = w.kind AND k.year = w.year AND k.subject IS NOT DISTINCT FROM w.subject
  )
  SELECT kind, year, subject, id,
         CASE WHEN wk_max <= int64_max() THEN CAST(wk AS BIGINT) END AS wk,
         CASE WHEN wk_max <= int64_max() THEN pow10(k) END AS p,
         CASE WHEN wk_max <= int64_max() THEN CAST((int64_max() - pow10(k) // 2) // wk_max AS BIGINT) ELSE -1 END AS q_max
  FROM s;

-- One term of a weighted mean, round(w × s) to 12 fractional digits half away from zero in
-- 12-scale — what CAST(weight × score AS DECIMAL(38,12)) gives: (w_k × s ± p/2) // p with s ≥ 0 or
-- < 0 (weights are positive), in BIGINT when |s| ≤ q_max, else that CAST. A HUGEINT for the sum.
CREATE OR REPLACE MACRO weighted12(s12, wk, p, q_max, weight, score) AS
  CASE WHEN abs(s12) <= q_max
       THEN CAST(round_div(wk * s12, p) AS HUGEINT)
       ELSE scaled12(CAST(weight * score AS DECIMAL(38,12))) END;

-- The weighted mean Σ terms / Σ weights truncated to 12 fractional digits, like exact_div, in
-- 12-scale (HUGEINT): with S = Σ terms and W = Σ w_k = Σ weights × p, trunc(S × p / W) =
-- t × p + (r × p) // W where t = S // W, r = S % W (same sign). In BIGINT when |S| ≤ 2⁶³ − 1,
-- W × p ≤ 2⁶³ − 1 (so |r × p| < W × p) and |S| × p ≤ W × (2⁶³ − 1) (so |t × p| and the result
-- are within 2⁶³); else the 128-bit division of exact_div.
CREATE OR REPLACE MACRO mean12(s, w, p, weights) AS
  CASE WHEN abs(s) <= int64_max() AND w * p <= int64_max()
            AND least(abs(s), int64_max()) * p <= least(w, int64_max()) * CAST(int64_max() AS HUGEINT)
       THEN CAST((CAST(s AS BIGINT) // CAST(w AS BIGINT)) * p
                 + ((CAST(s AS BIGINT) % CAST(w AS BIGINT)) * p) // CAST(w AS BIGINT) AS HUGEINT)
       ELSE (s * 1000000000000::HUGEINT) // scaled12(weights) END;

-- round2 of a 12-scale value: (m ± 5·10⁹) // 10¹⁰ in BIGINT (half away from zero, as round2), as
-- DECIMAL(18,2); past 64 bits round2 itself.
CREATE OR REPLACE MACRO round2_12(m) AS
  CASE WHEN abs(m) <= int64_max() - 5000000000
       THEN CAST(CAST((CAST(m AS BIGINT) + sign(CAST(m AS BIGINT)) * 5000000000) // 10000000000 AS DECIMAL(18,0))
                 * 0.01::DECIMAL(3,2) AS DECIMAL(18,2))
       ELSE round2(from12(m)) END;

-- A 12-scale HUGEINT as BIGINT when it fits, else null (the caller keeps the DECIMAL).
CREATE OR REPLACE MACRO to_int64(m) AS CASE WHEN abs(m) <= int64_max() THEN CAST(m AS BIGINT) END;

-- The composite blend w·a + (1 − w)·b of two scores of 2 decimals, each product rounded to 12
-- fractional digits and the sum to 2, as CAST(w × a AS DECIMAL(38,12)) + … and round2 give; w12 =
-- w × 10¹² (per year, BIGINT). In BIGINT when 0 ≤ w ≤ 1 (the policy check's range) and |a|, |b| <
-- 4·10⁴: each product w12 × a × 100 is within 4·10¹⁸; else that DECIMAL expression.
CREATE OR REPLACE MACRO blend2(w, w12, a, b) AS
  CASE WHEN w12 BETWEEN 0 AND 1000000000000 AND abs(a) < 40000 AND abs(b) < 40000
       THEN round2_12(round_div(w12 * CAST(a * 100 AS BIGINT), 100)
                      + round_div((1000000000000 - w12) * CAST(b * 100 AS BIGINT), 100))
       ELSE round2(CAST(w * a AS DECIMAL(38,12)) + CAST((1 - w) * b AS DECIMAL(38,12))) END;

-- The fewest fractional digits (0..12) that hold a 12-scale number exactly.
CREATE OR REPLACE MACRO digits12(x12) AS list_position([x12 % pow10(12 - r) = 0 FOR r IN range(0, 13)], true) - 1;

-- Rule 10, the target-assessment bonus (综合目标考核奖), defined once: queries/rules/rewards.sql
-- stores it, the rewards page's what-if (queries/site/rewards/whatif*.sql) computes it with other
-- values, so the two give the same numbers for the same values.
--
-- The rate of a unit grade: `one` for 达标 and above, `basic` for 基本达标, 0 for 不达标 (and any
-- other code), in the caller's type (1 and basic_rate as DECIMAL(38,12), or reward_scale's
-- integers). Grades compared by their order in the vocabulary (vocabulary.sql), not listed again.
CREATE OR REPLACE MACRO reward_rate(grade, one, basic) AS
  CASE WHEN unit_grade_order(grade) <= unit_grade_order('qualified') THEN one
       WHEN unit_grade_order(grade) = unit_grade_order('basically_qualified') THEN basic
       ELSE 0 END;

-- The bonus's numbers for a per-capita-per-point standard and basic_rate as scaled BIGINTs: c =
-- standard × 10^kc and b = basic_rate × 10^kb with kc, kb their fewest fractional digits, one =
-- 10^kb (rate 1), p = 10^(kc + kb). Then standard × target × staff × rate = T × staff × c × R /
-- (100·p) with T = target × 100 and R ∈ {one, b, 0}: exact, with no rounding at 12 digits when
-- kc + 2 + kb ≤ 12 (the DECIMAL(38,12) steps then round nothing), so base = round_div(T × staff ×
-- c × R, p) in 2-scale. With M = |c| × max(one, |b|), the row is within 64 bits and its bonus
-- within DECIMAL(18,2) when |T| × staff ≤ l = min(2⁶³ − 1 − p/2, 10¹⁶·p − 1) // M. The district
-- (30 per point, basic_rate 0.8): M = 300, l ≈ 3.3·10¹⁴: a score of 100 with 3.3·10¹⁰ staff.
-- A struct {c, b, one, p, l}; null outside these bounds (kc + kb > 10, M past 2⁶³): the DECIMAL path.
CREATE OR REPLACE MACRO reward_scale_of(c12, b12, kc, kb) AS
  CASE WHEN kc + kb > 10 THEN NULL
       WHEN abs(c12 // pow10(12 - kc)) > int64_max() // greatest(pow10(kb), abs(b12 // pow10(12 - kb))) THEN NULL
       ELSE {'c': CAST(c12 // pow10(12 - kc) AS BIGINT), 'b': CAST(b12 // pow10(12 - kb) AS BIGINT), 'one': pow10(kb),
             'p': pow10(kc + kb),
             'l': CAST(least(int64_max() - pow10(kc + kb) // 2, 10000000000000000 * CAST(pow10(kc + kb) AS HUGEINT) - 1)
                       // greatest(abs(c12 // pow10(12 - kc)) * greatest(pow10(kb), abs(b12 // pow10(12 - kb))), 1) AS BIGINT)} END;
CREATE OR REPLACE MACRO reward_scale(standard, basic_rate) AS
  reward_scale_of(policy12(standard), policy12(basic_rate), digits12(policy12(standard)), digits12(policy12(basic_rate)));

-- The base bonus of a unit, standard × target score × staff × rate rounded to 2 decimals (s: its
-- reward_scale): in 64-bit integers when |T| × staff ≤ s.l, else in DECIMAL(38,12) as the
-- contract's steps (both give the same numbers).
CREATE OR REPLACE MACRO reward_base(grade, target_score, staff, standard, basic_rate, s) AS
  CASE WHEN abs(CAST(target_score * 100 AS BIGINT)) <= s.l
            AND staff <= s.l // greatest(abs(CAST(target_score * 100 AS BIGINT)), 1)
       THEN CAST(round_div((CAST(target_score * 100 AS BIGINT) * staff) * (s.c * reward_rate(grade, s.one, s.b)), s.p)
                 AS DECIMAL(18,0)) * 0.01::DECIMAL(3,2)
       ELSE round2(CAST(CAST(CAST(standard * target_score AS DECIMAL(38,12)) * staff AS DECIMAL(38,12))
                        * reward_rate(grade, 1::DECIMAL(38,12), basic_rate) AS DECIMAL(38,12))) END;

-- The extra bonus of a grade in a year (reward.extra[grade], 3–4万元 for 优秀/特优 in the district),
-- rounded to 2 decimals; a grade without one has none (the caller's coalesce(…, 0)).
CREATE OR REPLACE MACRO reward_extras() AS TABLE
  SELECT year, grade, round2(amount) AS extra2 FROM policy_reward_extra;
