// Running a query of queries/ by name with the types src/generated/queries.ts gives it (written
// by `npm run sync` from DuckDB's own description of the SQL: src/lib/warehouse/query-types.ts).
// Only types come from the generated file, so nothing needs it to run.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { Queries } from '../../generated/queries.js';
import { query } from './queries.js';
import { nullableColumns } from './query-types.js';

export type QueryName = keyof Queries;
export type QueryParams<N extends QueryName> = Queries[N]['params'];
/** One row of a query's result, e.g. `QueryRow<'site/rankings/units'>`. */
export type QueryRow<N extends QueryName> = Queries[N]['row'];
/** The parameters, optional for a query that has none. */
export type QueryArgs<N extends QueryName> = {} extends QueryParams<N> ? [params?: QueryParams<N>] : [params: QueryParams<N>];

const nullable = new Map<string, Set<string>>();

/** Runs a query of queries/ on `c` and returns its rows, refusing a null in a column not declared nullable. */
export async function rowsOn<N extends QueryName>(c: DuckDBConnection, name: N, ...[params]: QueryArgs<N>): Promise<QueryRow<N>[]> {
	const sql = query(name);
	const reader = await c.runAndReadAll(sql, params as Record<string, DuckDBValue> | undefined);
	const rows = reader.getRowObjectsJS();
	let allowed = nullable.get(name);
	if (allowed === undefined) nullable.set(name, (allowed = nullableColumns(sql)));
	refuseNulls(name, allowed, reader.columnNames(), rows);
	return rows as QueryRow<N>[];
}

/** Throws when a row holds a null in a column its query does not declare nullable: the types say it cannot. */
export function refuseNulls(name: string, nullable: Set<string>, columns: string[], rows: Record<string, unknown>[]): void {
	const strict = columns.filter((n) => !nullable.has(n));
	for (const r of rows)
		for (const col of strict)
			if (r[col] === null) throw new Error(`queries/${name}.sql：列 ${col} 出现空值（NULL），但该查询没有在 “-- nullable:” 中声明它可以为空`);
}
