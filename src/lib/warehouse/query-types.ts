// The types of the queries the site runs, read from DuckDB itself: every .sql file of the folders
// below is prepared on an empty warehouse (the schema, macros and views of queries/schema and
// queries/views) and its parameters and result columns are written out as TypeScript
// (src/generated/queries.ts, by `npm run sync`), so that a column renamed in SQL fails the type
// check where it is used. DuckDB does not say which result columns may be null: a query names them
// in a comment, `-- nullable: a, b`, and `Warehouse.rows` refuses a null anywhere else.
import { readdirSync, statSync } from 'node:fs';
import { DuckDBTypeId, StatementType, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import { projectPath } from '../paths.js';
import { query } from './queries.js';

/** The folders of queries/ whose SELECT statements the site runs through `Warehouse.rows`. */
export const TYPED_FOLDERS = ['site', 'quality', 'summary', 'use'] as const;

export interface Column {
	name: string;
	/** The TypeScript type of the value `getRowObjectsJS` gives, without `| null`. */
	ts: string;
	sql: string;
	nullable: boolean;
}

export interface DescribedQuery {
	name: string;
	params: { name: string; ts: string; sql: string }[];
	columns: Column[];
}

/** The columns a query declares nullable (`-- nullable: a, b`; several such lines add up). */
export function nullableColumns(sql: string): Set<string> {
	const names = new Set<string>();
	for (const m of sql.matchAll(/^\s*--\s*nullable:(.*)$/gm))
		for (const n of m[1]!.split(',')) if (n.trim() !== '') names.add(n.trim());
	return names;
}

/** Every query name under the typed folders, sorted (`site/rankings/units`). */
export function typedQueryNames(): string[] {
	const names: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(projectPath('queries', folder)).sort()) {
			const rel = `${folder}/${entry}`;
			if (statSync(projectPath('queries', rel)).isDirectory()) walk(rel);
			else if (entry.endsWith('.sql')) names.push(rel.slice(0, -4));
		}
	};
	for (const f of TYPED_FOLDERS) walk(f);
	return names.sort();
}

/** The value type `getRowObjectsJS` gives for a DuckDB type (DECIMAL is read as a double). */
export function rowType(t: DuckDBType): string {
	switch (t.typeId) {
		case DuckDBTypeId.BOOLEAN:
			return 'boolean';
		case DuckDBTypeId.TINYINT:
		case DuckDBTypeId.SMALLINT:
		case DuckDBTypeId.INTEGER:
		case DuckDBTypeId.UTINYINT:
		case DuckDBTypeId.USMALLINT:
		case DuckDBTypeId.UINTEGER:
		case DuckDBTypeId.FLOAT:
		case DuckDBTypeId.DOUBLE:
		case DuckDBTypeId.DECIMAL:
			return 'number';
		case DuckDBTypeId.BIGINT:
		case DuckDBTypeId.UBIGINT:
		case DuckDBTypeId.HUGEINT:
		case DuckDBTypeId.UHUGEINT:
		case DuckDBTypeId.BIGNUM:
		case DuckDBTypeId.TIME:
			return 'bigint';
		case DuckDBTypeId.VARCHAR:
		case DuckDBTypeId.ENUM:
		case DuckDBTypeId.UUID:
			return 'string';
		case DuckDBTypeId.DATE:
		case DuckDBTypeId.TIMESTAMP:
		case DuckDBTypeId.TIMESTAMP_S:
		case DuckDBTypeId.TIMESTAMP_MS:
		case DuckDBTypeId.TIMESTAMP_NS:
		case DuckDBTypeId.TIMESTAMP_TZ:
			return 'Date';
		case DuckDBTypeId.BLOB:
			return 'Uint8Array';
		case DuckDBTypeId.SQLNULL:
			return 'null';
		case DuckDBTypeId.LIST:
		case DuckDBTypeId.ARRAY:
			// Elements are taken as present: the site's lists are aggregates of non-null values.
			return `${wrap(rowType((t as DuckDBType & { valueType: DuckDBType }).valueType))}[]`;
		case DuckDBTypeId.STRUCT: {
			const s = t as DuckDBType & { entryNames: readonly string[]; entryTypes: readonly DuckDBType[] };
			return `{ ${s.entryNames.map((n, i) => `${key(n)}: ${rowType(s.entryTypes[i]!)} | null`).join('; ')} }`;
		}
		default:
			throw new Error(`类型 ${t.toString()} 没有对应的 TypeScript 类型`);
	}
}

/** What a caller may bind to a parameter of a DuckDB type (node-api binds JS values by their kind). */
function paramType(t: DuckDBType): string {
	switch (t.typeId) {
		case DuckDBTypeId.BIGINT:
		case DuckDBTypeId.UBIGINT:
		case DuckDBTypeId.HUGEINT:
			return 'number | bigint';
		case DuckDBTypeId.DECIMAL:
			return 'number | string'; // exact amounts are bound as their text
		default:
			return rowType(t);
	}
}

/** The TypeScript type of a parameter from a `CAST($p AS T)` or `$p::T` in the SQL. */
function castOf(sql: string, name: string): string | undefined {
	const m = new RegExp(`CAST\\(\\$${name}\\s+AS\\s+(\\w+)|\\$${name}::(\\w+)`, 'i').exec(sql);
	const t = (m?.[1] ?? m?.[2])?.toUpperCase();
	if (t === undefined) return undefined;
	if (/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|DOUBLE|FLOAT|REAL)$/.test(t)) return 'number';
	if (t === 'DECIMAL') return 'number | string';
	if (t === 'VARCHAR') return 'string';
	if (t === 'BOOLEAN') return 'boolean';
	return undefined;
}

const wrap = (ts: string) => (/[|&{ ]/.test(ts) ? `(${ts})` : ts);
const key = (n: string) => (/^[A-Za-z_$][\w$]*$/.test(n) ? n : JSON.stringify(n));

/** Prepares one query on `c` and reads its parameters and columns; throws in Chinese when it cannot. */
export async function describeQuery(c: DuckDBConnection, name: string, sql = query(name)): Promise<DescribedQuery | null> {
	const file = `queries/${name}.sql`;
	let p;
	try {
		p = await c.prepare(sql);
	} catch (e) {
		throw new Error(`${file}: 无法在空数据仓库上准备该查询：${(e as Error).message.split('\n')[0]}`);
	}
	try {
		if (p.statementType !== StatementType.SELECT) return null; // writes run with c.run
		const params = [];
		for (let i = 1; i <= p.parameterCount; i++) {
			const pname = p.parameterName(i);
			const id = p.parameterTypeId(i);
			if (id !== DuckDBTypeId.INVALID && id !== DuckDBTypeId.ANY) {
				const t = p.parameterType(i);
				params.push({ name: pname, ts: paramType(t), sql: t.toString() });
				continue;
			}
			// DuckDB leaves a parameter untyped where no column fixes it (LIMIT, arithmetic on
			// literals); the SQL's own cast of it then says what it is.
			const cast = castOf(sql, pname);
			if (cast === undefined) throw new Error(`${file}: 参数 $${pname} 的类型无法推断，请在 SQL 中写明（例如 $${pname}::INTEGER）`);
			params.push({ name: pname, ts: cast, sql: 'its cast in the SQL' });
		}
		const nullable = nullableColumns(sql);
		const columns: Column[] = [];
		for (let i = 0; i < p.columnCount; i++) {
			if (p.columnTypeId(i) === DuckDBTypeId.INVALID) throw new Error(`${file}: 结果列的类型无法推断（多半是某个参数的类型不明，请在 SQL 中写明）`);
			const t = p.columnType(i);
			const cname = p.columnName(i);
			columns.push({ name: cname, ts: rowType(t), sql: t.toString(), nullable: nullable.has(cname) });
		}
		const unknown = [...nullable].filter((n) => !columns.some((c) => c.name === n));
		if (unknown.length > 0) throw new Error(`${file}: “-- nullable:” 列出了结果中没有的列：${unknown.join('、')}`);
		return { name, params, columns };
	} finally {
		p.destroySync();
	}
}

/** The text of src/generated/queries.ts for the described queries. */
export function typesModule(queries: DescribedQuery[]): string {
	const lines = [
		'// Generated by `npm run sync` (src/cli/sync.ts) from queries/**/*.sql: do not edit.',
		'// Each query: its bound parameters and one row of its result as getRowObjectsJS gives it.',
		'/* eslint-disable */',
		'export interface Queries {'
	];
	for (const q of queries) {
		lines.push(`\t/** queries/${q.name}.sql */`, `\t${JSON.stringify(q.name)}: {`);
		lines.push(
			q.params.length === 0
				? '\t\tparams: Record<string, never>;'
				: `\t\tparams: {${q.params.map((p) => ` ${key(p.name)}: ${p.ts} /* ${p.sql} */;`).join('')} };`
		);
		lines.push('\t\trow: {');
		for (const c of q.columns) lines.push(`\t\t\t${key(c.name)}: ${c.ts}${c.nullable ? ' | null' : ''}; // ${c.sql}`);
		lines.push('\t\t};', '\t};');
	}
	lines.push('}', '');
	return lines.join('\n');
}
