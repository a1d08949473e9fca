// Measures one warehouse build: import every bundle of a folder (each step, peak memory), then
// time each view, against the floor of bare DuckDB reading the same CSV files as text.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBundle } from '../../src/lib/bundle/read.js';
import { BUNDLE_LIMITS } from '../../src/lib/bundle/limits.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { importRawInto } from '../../src/lib/warehouse/import.js';
import { bundlePaths } from '../../src/lib/warehouse/import-folder.js';
import { VIEWS } from '../../src/lib/warehouse/views.js';
import { query } from '../../src/lib/warehouse/queries.js';

export interface Measurement {
	label: string;
	years: number;
	rows: number;
	ballotRows: number;
	readMs: number;
	checkMs: number;
	loadMs: number;
	totalMs: number;
	peakRssMb: number;
	views: { view: string; rows: number; ms: number }[];
	reimportMs: number;
	/** Bare DuckDB reading every CSV file of the bundles, all columns as text (the floor). */
	floorMs: number;
}

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

/** Imports every bundle of `bundlesDir` into a new warehouse at `db` (kept for the page benchmarks). */
/** The bench's districts exceed an upload's row bound (100× has 1.7 M cadre ballots in a year): no row bound here. */
const LIMITS = { ...BUNDLE_LIMITS, maxRows: Number.MAX_SAFE_INTEGER };

export async function measure(label: string, bundlesDir: string, db: string): Promise<Measurement> {
	const floorMs = await readCsvFloor(bundlesDir);
	const wh = await Warehouse.open(db);
	peak = 0;
	const timer = setInterval(sample, 20);
	let readMs = 0,
		checkMs = 0,
		loadMs = 0,
		rows = 0,
		ballotRows = 0;
	const paths = bundlePaths(bundlesDir);
	let last = paths[0]!;
	for (const path of paths) {
		let t = performance.now();
		const raw = await readBundle(path, { limits: LIMITS });
		readMs += performance.now() - t;
		// The import's progress splits it: up to its first rule, reading and checking the rows in
		// DuckDB and writing them; from there, the rules.
		t = performance.now();
		let rulesFrom = 0;
		const r = await importRawInto(wh, raw, { onProgress: (p) => p.done >= 2 && !rulesFrom && (rulesFrom = performance.now()) });
		checkMs += rulesFrom - t;
		loadMs += performance.now() - rulesFrom;
		rows += r.rows;
		ballotRows += (r.counts.team_ballots ?? 0) + (r.counts.cadre_ballots ?? 0);
		last = path;
		sample();
	}
	clearInterval(timer);

	// Each view over all years (DuckDB computing the whole result): warm once, then the median of 5.
	const views: Measurement['views'] = [];
	for (const view of Object.keys(VIEWS)) {
		const c = await wh.connect();
		const times: number[] = [];
		let n = 0;
		for (let i = 0; i < 6; i++) {
			const t = performance.now();
			const result = await c.run(`SELECT * FROM ${view}`);
			n = result.rowCount;
			if (i > 0) times.push(performance.now() - t);
		}
		c.closeSync();
		times.sort((a, b) => a - b);
		views.push({ view, rows: n, ms: times[2]! });
	}

	// Replacing the latest year recomputes only that year (and the next year's alerts).
	let t = performance.now();
	await importRawInto(wh, await readBundle(last, { limits: LIMITS }), { replace: true });
	const reimportMs = performance.now() - t;

	wh.close();
	return {
		label,
		years: paths.length,
		rows,
		ballotRows,
		readMs,
		checkMs,
		loadMs,
		totalMs: readMs + checkMs + loadMs,
		peakRssMb: peak / 2 ** 20,
		views,
		reimportMs,
		floorMs
	};
}

/** The time bare DuckDB takes to read every CSV file of the bundles into tables, as text. */
async function readCsvFloor(bundlesDir: string): Promise<number> {
	const dir = mkdtempSync(join(tmpdir(), 'kaohe-bench-floor-'));
	const wh = await Warehouse.open(join(dir, 'floor.duckdb'));
	try {
		const t = performance.now();
		for (const path of bundlePaths(bundlesDir))
			for (const file of readdirSync(path).filter((f) => f.endsWith('.csv')))
				await wh.all(query('bench/read_csv_floor'), { file: join(path, file), encoding: 'utf-8' }).catch(() =>
					wh.all(query('bench/read_csv_floor'), { file: join(path, file), encoding: 'latin-1' })
				);
		return performance.now() - t;
	} finally {
		wh.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

export function report(m: Measurement): string {
	const f = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 0 });
	const lines = [
		`## ${m.label}: ${m.years} years, ${f(m.rows)} rows (${f(m.ballotRows)} ballot rows)`,
		`import total ${f(m.totalMs)} ms  (read: encodings, headers, sheets ${f(m.readMs)}; read_csv, checks and rows written in DuckDB ${f(m.checkMs)}; rules ${f(m.loadMs)})`,
		`ingest (read + checks + rows written) ${f(m.readMs + m.checkMs)} ms; ingest / floor ${((m.readMs + m.checkMs) / m.floorMs).toFixed(2)}× (target ≤ 1.5×)`,
		`floor: bare DuckDB read_csv(all_varchar=true) of the same files ${f(m.floorMs)} ms; import / floor ${(m.totalMs / m.floorMs).toFixed(1)}×`,
		`rows/s ${f((m.rows / m.totalMs) * 1000)}   ballot rows/s ${f((m.ballotRows / m.totalMs) * 1000)}   peak RSS ${f(m.peakRssMb)} MB`,
		`replace the latest year: ${f(m.reimportMs)} ms`,
		...m.views.map((v) => `view ${v.view.padEnd(15)} ${f(v.rows).padStart(10)} rows  ${v.ms.toFixed(1).padStart(8)} ms`)
	];
	return lines.join('\n');
}
