// An import from the browser runs in two processes (src/lib/server/imports.ts): a child reads
// and checks the upload under a memory limit and writes the year's rows into a staging file, a
// DuckDB file of the warehouse's own schema (it cannot write the warehouse: the site holds it,
// and DuckDB allows one writer process a file); the site then copies the staged rows into the
// warehouse in one transaction (INSERT … SELECT inside DuckDB, on its own threads: the site's
// JavaScript thread stays free, and its heap never holds the bundle) and computes the rules.
//
// The command line and the tests need no staging file: they check a bundle straight into the
// warehouse (importRaw in import.ts).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Warehouse } from './db.js';
import { importYear, type ImportOptions, type ImportResult, type YearInput } from './import.js';
import { YEAR_TABLES } from './load.js';
import { query } from './queries.js';

/** The copy statements, refusing to run if a table of YEAR_TABLES is missing from them (it would be lost). */
function copyStatements(): string {
	const sql = query('import/copy_staging');
	const missing = YEAR_TABLES.filter((t) => !sql.includes(`INSERT INTO ${t} BY NAME SELECT * FROM staging.${t};`));
	if (missing.length) throw new Error(`queries/import/copy_staging.sql 缺少这些表：${missing.join(', ')}`);
	return sql;
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** In the site: imports the year staged at `path` in one transaction. */
export async function importStaged(wh: Warehouse, input: YearInput, path: string, options: ImportOptions = {}): Promise<ImportResult> {
	const copy = copyStatements();
	// ATTACH belongs to the database instance, not to a connection or a transaction.
	await wh.all(query('import/detach_staging'));
	await wh.all(query('import/attach_staging').replace('__STAGING_FILE__', sqlString(path)));
	try {
		return await wh.transaction((c) => importYear(c, input, () => c.run(copy).then(() => input), options));
	} finally {
		await wh.all(query('import/detach_staging'));
	}
}
