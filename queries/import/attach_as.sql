-- Attaches a staged year's file read-only under an alias of its own, for an import
-- of several bundles in one transaction (src/lib/warehouse/staging.ts, copyStaged): DuckDB does
-- not detach a database a transaction has read from, so each bundle gets one; they are detached
-- when the warehouse is closed. As in attach_staging, both placeholders are the caller's own.
ATTACH __STAGING_FILE__ AS __ALIAS__ (READ_ONLY);
