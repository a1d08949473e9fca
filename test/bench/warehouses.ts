// The warehouses the benchmark reads: the ten-year sample (1×) and one BENCH_DISTRICTS times its
// size, each imported once per run (the import measured, measure.ts) into a folder of its own, with
// ids to request (units, cadres, search terms) and the years.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../../src/lib/paths.js';
import { writeSample } from '../../src/sample/main.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { measure, report, type Measurement } from './measure.js';

export interface BenchWarehouse {
	label: string;
	scale: number;
	db: string;
	bundles: string;
	years: number[];
	units: string[];
	cadres: string[];
	terms: string[];
	measurement: Measurement;
}

const made: { dir: string }[] = [];
const built = new Map<number, Promise<BenchWarehouse>>();

/** The warehouse `scale` times the sample (1: the sample itself), built once per run. */
export function benchWarehouse(scale: number): Promise<BenchWarehouse> {
	let w = built.get(scale);
	if (!w) built.set(scale, (w = build(scale)));
	return w;
}

async function build(scale: number): Promise<BenchWarehouse> {
	const dir = mkdtempSync(join(tmpdir(), `kaohe-bench-${scale}x-`));
	made.push({ dir });
	let bundles = projectPath('data', 'sample', 'bundles');
	if (scale > 1) {
		bundles = join(dir, 'bundles');
		const t = performance.now();
		await writeSample({ out: bundles, districts: scale, quiet: true });
		console.log(`\n(generated ${scale}× bundles in ${Math.round(performance.now() - t)} ms)`);
	}
	const label = scale === 1 ? 'sample district (1×)' : `${scale}× district`;
	const db = join(dir, 'warehouse.duckdb');
	const measurement = await measure(label, bundles, db);
	console.log(report(measurement));
	return { label, scale, db, bundles, measurement, ...(await requested(db)) };
}

/** The years of a warehouse and the ids a benchmark requests. */
export async function requested(db: string): Promise<Pick<BenchWarehouse, 'years' | 'units' | 'cadres' | 'terms'>> {
	const wh = await Warehouse.open(db, { readOnly: true });
	try {
		const years = (await wh.all<{ year: number }>(query('site/years'))).map((y) => y.year);
		const ids = await wh.all<{ unit: string; cadre: string; term: string }>(query('bench/ids'));
		return { years, units: ids.map((r) => r.unit), cadres: ids.map((r) => r.cadre), terms: ids.map((r) => r.term) };
	} finally {
		wh.close();
	}
}

export function removeWarehouses(): void {
	for (const { dir } of made) rmSync(dir, { recursive: true, force: true });
}
