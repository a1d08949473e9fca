-- The scratch tables of one bundle's check (src/lib/warehouse/ingest.ts), temporary (this
-- connection's, never written to a database file): the problems found, the names a cell may give
-- for a code (an id, or a name unique in its list, from the policy and from the bundle's own units
-- and cadres), and each template item's maximum. A staged file's rows keep their LINE in a column
-- named 行号, which no column of a file can be named (a reverse file's columns are the policy's
-- aspect ids, ASCII only: src/lib/policy/schema.ts).
CREATE OR REPLACE TEMP TABLE problems (
  file_no INTEGER, phase INTEGER, line INTEGER, col_no INTEGER, ord BIGINT,
  file VARCHAR, "column" VARCHAR, message VARCHAR
);
-- kind: a cell kind of src/lib/bundle/tables.ts; scope: an item's template, a unit's template,
-- a cadre's unit; position: the order of the list (a unit's or cadre's line).
CREATE OR REPLACE TEMP TABLE names (kind VARCHAR, scope VARCHAR, value VARCHAR, id VARCHAR, position INTEGER);
CREATE OR REPLACE TEMP TABLE item_max (template VARCHAR, item_id VARCHAR, max DECIMAL(38,12), max_text VARCHAR);
-- A cell quoted in a message: itself, or its first n characters and how long it was (as quote()
-- of src/lib/bundle/problems.ts writes it).
CREATE OR REPLACE TEMP MACRO quoted(v, n) AS CASE WHEN length(v) <= n THEN v ELSE left(v, n) || '…（共 ' || length(v) || ' 字）' END;
-- Decimal text as an exact DECIMAL(38,12), digits past the 12th truncated; NULL when too large.
CREATE OR REPLACE TEMP MACRO exact12(p) AS TRY_CAST(regexp_extract(p, '^[+-]?[0-9]*(\.[0-9]{0,12})?') AS DECIMAL(38,12));
