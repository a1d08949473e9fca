// Brings a warehouse file to the schema of this version (queries/schema, queries/views), inside
// the transaction Warehouse.open gives it. `CREATE TABLE IF NOT EXISTS` adds new tables but leaves
// a table whose columns changed as it was, so every existing table is compared, column by column,
// with the same table in a fresh in-memory database: a table the rules derive (queries/rules/) is
// dropped, created anew and recomputed for every year (as is a derived table the file lacks); a table of input (a bundle's or a policy's
// rows) cannot be rebuilt from anything, and the file is refused with what differs.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { query, queriesIn } from './queries.js';
import { YEAR_TABLES } from './load.js';
import { derive } from './recompute.js';
import { ident } from './shadow.js';

/** The tables that hold input (what a bundle loads, the years, the schema's hash). */
export const INPUT_TABLES: ReadonlySet<string> = new Set<string>(['years', 'kaohe_schema', ...YEAR_TABLES]);

/** A file whose input tables differ from this version's: nothing was changed in it. */
export class SchemaMismatch extends Error {}

type TableColumns = Map<string, string>;

async function tableColumns(c: DuckDBConnection): Promise<TableColumns> {
	const rows = (await c.runAndReadAll(query('checks/schema_columns'))).getRowObjectsJS();
	return new Map(rows.filter((r) => r.kind === 'table').map((r) => [String(r.name), String(r.columns)]));
}

interface Schema {
	tables: TableColumns;
	/** The macros (scalar and table) the schema SQL makes, by name. */
	macros: Set<string>;
}

interface MacroRow {
	name: string;
	kind: string;
}

let expected: Promise<Schema> | undefined;

/** The SQL that makes a warehouse's schema, in order: tables, the vocabulary's macros, the macros (rule 10's use the vocabulary's), views. */
export function schemaParts(): string[] {
	return ['schema/tables', 'schema/vocabulary', 'schema/macros', ...queriesIn('views')];
}

/** The tables of queries/schema/tables.sql and the macros of queries/schema/ as a new database has them (read once per process). */
function expectedSchema(): Promise<Schema> {
	expected ??= (async () => {
		const instance = await DuckDBInstance.create(':memory:');
		const c = await instance.connect();
		try {
			await c.run(query('schema/tables'));
			const tables = await tableColumns(c);
			for (const part of schemaParts().slice(1)) await c.run(query(part));
			return { tables, macros: new Set((await macrosOf(c)).map((m) => m.name)) };
		} finally {
			c.closeSync();
			instance.closeSync();
		}
	})();
	expected.catch(() => (expected = undefined));
	return expected;
}

const macrosOf = async (c: DuckDBConnection) => (await c.runAndReadAll(query('checks/schema_macros'))).getRowObjectsJS() as unknown as MacroRow[];

/** Runs the schema SQL on `c` (in a transaction), rebuilding changed derived tables; throws SchemaMismatch for changed input. */
export async function migrateSchema(c: DuckDBConnection, path: string, parts = schemaParts()): Promise<void> {
	const schema = await expectedSchema();
	const want = schema.tables;
	const have = await tableColumns(c);
	const changed = [...want].filter(([name, cols]) => have.has(name) && have.get(name) !== cols).map(([name]) => name);
	const input = changed.filter((n) => INPUT_TABLES.has(n));
	if (input.length > 0)
		throw new SchemaMismatch(
			`数据仓库 ${path} 的结构与当前程序不同，且无法自动迁移：` +
				input.map((n) => `表 ${n} 的列应为 (${want.get(n)})，实为 (${have.get(n)})`).join('；') +
				'。这些表存放导入的数据，不能由程序重建。请用年度数据包重新建立数据仓库（npm run cli -- import 数据包 --db 新文件），或使用建立该文件的程序版本。文件未作任何改动。'
		);
	// A derived table new in this version (quality_marks, say) is filled for the years there too.
	const added = [...want.keys()].filter((n) => !have.has(n) && !INPUT_TABLES.has(n));
	for (const name of changed) await c.run(`DROP TABLE ${ident(name)}`);
	for (const part of parts) await c.run(query(part));
	// A macro an older version made and this one no longer has (rule 10's reward_scales) would
	// linger: CREATE OR REPLACE replaces only the macros of queries/schema/.
	for (const m of await macrosOf(c))
		if (!schema.macros.has(m.name)) await c.run(`DROP MACRO ${m.kind === 'table_macro' ? 'TABLE ' : ''}${ident(m.name)}`);
	// The ART indexes of an older version (the dossiers' point lookups) slowed every commit; this
	// one has none (queries/import/stage/insert.sql).
	for (const i of (await c.runAndReadAll(query('checks/schema_indexes'))).getRowObjectsJS()) await c.run(`DROP INDEX ${ident(String(i.name))}`);
	if (changed.length > 0 || added.length > 0) {
		const years = (await c.runAndReadAll(query('backup/years'))).getRowObjectsJS().map((r) => Number(r.year));
		if (years.length > 0) await derive(c, years);
	}
}
