// Runs the rules on a warehouse without changing it: on a connection of its own, inside a
// transaction that is always rolled back, each table named gets a TEMPORARY table of the same
// name that shadows the stored one (DuckDB resolves an unqualified name in the temp catalog
// first), so queries/rules/*.sql and the policy loader write there, and a temporary view
// kaohe_stored_<table> reads the stored rows for a comparison. Temporary objects live in memory
// and belong to the connection, which DuckDB allows even on a read-only database; the stored
// tables are only read, so readers and an import on other connections are not held up.
// Used by the `check` command (empty shadows, every year recomputed) and the what-if (shadows
// holding the neighbouring years, one year recomputed under an edited policy).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Warehouse } from './db.js';

/**
 * Which stored rows a shadow starts with: none, or those of years from..to except one year — in
 * every table, or only in `tables` (the others start empty: copying rows nobody reads was most of
 * a what-if's time).
 */
export type Keep = null | { from: number; to: number; except?: number; tables?: readonly string[] };

/** A quoted SQL identifier (for names read from DuckDB's own catalog or the code's table lists). */
export const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

export async function inShadow<T>(wh: Warehouse, tables: readonly string[], keep: Keep, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
	const c = await wh.connect();
	try {
		const db = ident(String((await c.runAndReadAll('SELECT current_database() AS d')).getRowObjectsJS()[0]!.d));
		// No year to leave out: one outside the range.
		const range = { from: keep?.from ?? 1, to: keep?.to ?? 0, except: keep?.except ?? (keep?.from ?? 1) - 1 };
		await c.run('BEGIN TRANSACTION');
		try {
			for (const t of tables) {
				const stored = `${db}.main.${ident(t)}`;
				await c.run(`CREATE TEMP VIEW ${ident(`kaohe_stored_${t}`)} AS SELECT * FROM ${stored}`);
				const kept = !keep?.tables || keep.tables.includes(t);
				await c.run(
					`CREATE TEMP TABLE ${ident(t)} AS SELECT * FROM ${stored} WHERE year BETWEEN $from AND $to AND year <> $except AND $kept`,
					{ ...range, kept }
				);
			}
			return await fn(c);
		} finally {
			await c.run('ROLLBACK');
		}
	} finally {
		c.closeSync();
	}
}
