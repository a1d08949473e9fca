// Imports test bundles the way the command line does (read → check → import) into a fresh
// warehouse, so a test asserts what a user of the views would see.
import { readBundle } from '../../src/lib/bundle/read.js';
import { BundleRejected, formatProblem } from '../../src/lib/bundle/problems.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { importRawInto } from '../../src/lib/warehouse/import.js';
import { writeBundle, type TestBundle } from './bundle.js';

export async function importInto(wh: Warehouse, b: TestBundle | string, replace = false): Promise<void> {
	const dir = typeof b === 'string' ? b : writeBundle(b);
	await importRawInto(wh, await readBundle(dir), { replace });
}

export async function warehouseWith(...bundles: TestBundle[]): Promise<Warehouse> {
	const wh = await Warehouse.open(':memory:');
	for (const b of bundles) await importInto(wh, b);
	return wh;
}

/** The problem lines a rejected bundle gives, or [] when it is accepted. */
export async function problemsOf(b: TestBundle | string, wh?: Warehouse, replace = false): Promise<string[]> {
	const target = wh ?? (await Warehouse.open(':memory:'));
	try {
		await importInto(target, b, replace);
		return [];
	} catch (e) {
		if (e instanceof BundleRejected) return e.problems.map(formatProblem);
		throw e;
	} finally {
		if (!wh) target.close();
	}
}

/** A value of the warehouse: the first column of the first row. */
export async function firstValue<T = number>(wh: Warehouse, sql: string, params: Record<string, string | number> = {}): Promise<T> {
	const [row] = await wh.all<Record<string, T>>(sql, params);
	return Object.values(row!)[0]!;
}

/** Rows of a query with numbers as JS numbers (DECIMAL already are; BIGINT converted). */
export async function rows(wh: Warehouse, sql: string, params?: Record<string, string | number>): Promise<Record<string, unknown>[]> {
	const out = await wh.all(sql, params);
	return out.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

/** A snapshot of every stored row, to prove a rejected import changed nothing. */
export async function snapshot(wh: Warehouse): Promise<string> {
	const tables = await wh.all<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1`);
	const parts: string[] = [];
	for (const { name } of tables) {
		const r = await wh.all(`SELECT * FROM "${name}" ORDER BY ALL`);
		parts.push(name, JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
	}
	return parts.join('\n');
}
