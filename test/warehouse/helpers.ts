// Shared by the backup, check and crash tests: copies of a warehouse file (the sample is served
// to every test, so it is never written), the command line, and the rows of a view.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { projectPath } from '../../src/lib/paths.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { VIEWS, type ViewName } from '../../src/lib/warehouse/views.js';
import { unitsBundle } from '../helpers/bundle.js';
import { importInto } from '../helpers/warehouse.js';

/** Copies a closed warehouse file (and its WAL, if one was left) to `to`. */
export function copyWarehouse(from: string, to: string): string {
	copyFileSync(from, to);
	if (existsSync(`${from}.wal`)) copyFileSync(`${from}.wal`, `${to}.wal`);
	return to;
}

const tsx = projectPath('node_modules', 'tsx', 'dist', 'cli.mjs');
const main = projectPath('src', 'cli', 'main.ts');

/** A warehouse file at `path` of two small years (2006, 2007), `sql` then run on it: for a command's exit codes, which need no sample. */
export async function smallWarehouse(path: string, ...sql: string[]): Promise<string> {
	const wh = await Warehouse.open(path);
	try {
		for (const year of [2006, 2007]) await importInto(wh, unitsBundle(year, [{ id: 'A', group: 'D1', points: [51, 40] }, { id: 'B', group: 'D1', points: [45, 40] }]));
		for (const s of sql) await wh.all(s);
	} finally {
		wh.close();
	}
	return path;
}

/** Runs the command line and waits for it. */
export function cli(args: string[]): { code: number | null; out: string; err: string } {
	const r = spawnSync(process.execPath, [tsx, main, ...args], { cwd: projectPath(), encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A view's rows in its key order, as JSON text (BIGINT as text). */
export async function viewRows(wh: Warehouse, view: ViewName): Promise<string> {
	const rows = await wh.all(`SELECT * FROM ${view} ORDER BY ${VIEWS[view].join(', ')}`);
	return JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
}

/** Opens a warehouse file read-only, runs `fn`, closes it. */
export async function withWarehouse<T>(path: string, fn: (wh: Warehouse) => Promise<T>, readOnly = true): Promise<T> {
	const wh = await Warehouse.open(path, { readOnly });
	try {
		return await fn(wh);
	} finally {
		wh.close();
	}
}
