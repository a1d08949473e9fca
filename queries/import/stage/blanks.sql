-- The blank records of a file DuckDB skipped: after $pos[i] rows, $n[i] of them in all so far.
CREATE OR REPLACE TEMP TABLE __TABLE__ AS SELECT unnest($pos)::BIGINT AS pos, unnest($n)::BIGINT AS n;
