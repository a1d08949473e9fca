// Writes a view's rows to a file: CSV, JSON (an array of objects), Parquet or Arrow IPC.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Warehouse } from './db.js';
import { VIEWS, type ViewName } from './views.js';
import { resultToArrow } from './arrow.js';

export const FORMATS = ['csv', 'json', 'parquet', 'arrow'] as const;
export type Format = (typeof FORMATS)[number];

/** A SQL string literal. Only for a file path given on the command line: COPY takes no parameters. */
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

export async function exportView(wh: Warehouse, view: ViewName, format: Format, out: string, year?: number): Promise<number> {
	// The view name comes from the VIEWS whitelist and the year is an integer, so both are safe in SQL text.
	const where = year === undefined ? '' : ` WHERE year = ${Math.trunc(year)}`;
	const select = `SELECT * FROM ${view}${where} ORDER BY ${VIEWS[view].join(', ')}`;
	await mkdir(dirname(out), { recursive: true });
	const c = await wh.connect();
	try {
		if (format === 'arrow') {
			const result = await c.run(select);
			const bytes = await resultToArrow(result);
			await writeFile(out, bytes);
			return result.rowCount;
		}
		const options = { csv: 'FORMAT csv, HEADER true', json: 'FORMAT json, ARRAY true', parquet: 'FORMAT parquet' }[format];
		const result = await c.run(`COPY (${select}) TO ${literal(out)} (${options})`);
		return Number(result.rowsChanged);
	} finally {
		c.closeSync();
	}
}
