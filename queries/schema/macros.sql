-- Exact decimal division. DuckDB's `/` on DECIMALs gives a DOUBLE, and the contract forbids binary
-- floating point before the final rounding; so divide as scaled integers, truncating after 12
-- fractional digits (the contract asks for at least 10).
CREATE OR REPLACE MACRO exact_div(n, d) AS
  CAST(
    (CAST(CAST(n AS DECIMAL(38,12)) * 1000000000000 AS HUGEINT) * 1000000000000::HUGEINT)
      // CAST(CAST(d AS DECIMAL(38,12)) * 1000000000000 AS HUGEINT)
    AS DECIMAL(38,0)
  ) * 0.000000000001::DECIMAL(13,12);

-- Rounding half away from zero, as the contract asks (DuckDB's ROUND on DECIMAL does this).
CREATE OR REPLACE MACRO round2(x) AS CAST(round(CAST(x AS DECIMAL(38,12)), 2) AS DECIMAL(18,2));
CREATE OR REPLACE MACRO round4(x) AS CAST(round(CAST(x AS DECIMAL(38,12)), 4) AS DECIMAL(18,4));

-- A ratio of two whole numbers ≥ 0 rounded half away from zero to 4 decimals, in integer
-- arithmetic only: round(n / d, 4) = floor((2·10⁴·n + d) / (2d)) / 10⁴. Exact, and much cheaper
-- than exact_div for the shares of reverse evaluation and satisfaction.
CREATE OR REPLACE MACRO ratio4(n, d) AS
  CAST((CAST(n AS HUGEINT) * 20000 + d) // (2 * CAST(d AS HUGEINT)) AS DECIMAL(18,0)) * 0.0001::DECIMAL(5,4);
