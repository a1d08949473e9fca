// Times every page of the site on the sample warehouse: time to first byte (the response's
// headers) and the bytes sent, over repeated requests after one warm-up. Target (issue #3): every
// page's server response under 100 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, ensureSampleWarehouse } from '../../src/cli/prepare.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { serveBuilt, type Site } from '../../src/cli/serve.js';

const REPEAT = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function time(site: Site, path: string): Promise<{ ttfb: number; bytes: number; status: number }> {
	const t = performance.now();
	const res = await site.get(path);
	const ttfb = performance.now() - t;
	const bytes = (await res.arrayBuffer()).byteLength;
	return { ttfb, bytes, status: res.status };
}

export async function benchRoutes(): Promise<string> {
	buildSite(() => {});
	const dir = mkdtempSync(join(tmpdir(), 'kaohe-bench-site-'));
	const db = join(dir, 'warehouse.duckdb');
	await ensureSampleWarehouse(db, () => {});
	const wh = await Warehouse.open(db, { readOnly: true });
	const [ids] = await wh.all<{ unit_id: string; cadre_id: string; year: number }>(
		`SELECT (SELECT min(unit_id) FROM unit_results) AS unit_id, (SELECT min(cadre_id) FROM cadre_results) AS cadre_id,
		        (SELECT max(year) FROM years) AS year`
	);
	wh.close();
	const paths = [
		'/',
		'/trends',
		`/rankings?year=${ids!.year}`,
		'/bottom-two',
		'/rewards',
		'/rewards?standard=35&basic_rate=0.7',
		`/units/${ids!.unit_id}`,
		`/cadres/${ids!.cadre_id}`,
		'/search?q=区',
		'/policy',
		`/data/rankings?year=${ids!.year}&format=arrow`,
		`/data/rankings?year=${ids!.year}&format=xlsx`
	];
	const site = await serveBuilt(db);
	const lines = [`\nsite routes on the sample warehouse (${REPEAT} requests each after a warm-up; target: under 100 ms)`];
	lines.push('route'.padEnd(42) + 'status  ttfb p50   ttfb p95      bytes');
	try {
		for (const path of paths) {
			await time(site, path);
			const runs = [];
			for (let i = 0; i < REPEAT; i++) runs.push(await time(site, path));
			const sorted = runs.map((r) => r.ttfb).sort((a, b) => a - b);
			const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
			lines.push(`${path.padEnd(42)}${String(runs[0]!.status).padEnd(6)}${ms(percentile(sorted, 0.5))} ${ms(percentile(sorted, 0.95))} ${String(runs[0]!.bytes).padStart(10)}`);
		}
	} finally {
		await site.stop();
		rmSync(dir, { recursive: true, force: true });
	}
	return lines.join('\n');
}
