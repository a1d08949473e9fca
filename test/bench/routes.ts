// Times every page of the site on the sample warehouse: time to first byte (the response's
// headers) and the bytes sent, over repeated requests after one warm-up. Target (issue #3): every
// page's server response under 100 ms.
import { serveBuilt, type Site } from '../../src/cli/serve.js';
import { sampleSite } from './sample-site.js';

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
	const sample = await sampleSite();
	const ids = { year: sample.year, unit_id: sample.unit, cadre_id: sample.cadre };
	const paths = [
		'/',
		'/trends',
		`/rankings?year=${ids.year}`,
		'/bottom-two',
		'/rewards',
		'/rewards?standard=35&basic_rate=0.7',
		`/units/${ids.unit_id}`,
		`/cadres/${ids.cadre_id}`,
		'/search?q=区',
		'/policy',
		`/data/rankings?year=${ids.year}&format=arrow`,
		`/data/rankings?year=${ids.year}&format=xlsx`
	];
	const site = await serveBuilt(sample.db);
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
		sample.remove();
	}
	return lines.join('\n');
}
