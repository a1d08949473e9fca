// Load on loopback (issues #5, #10): CLIENTS concurrent readers request a mix of the dashboard's
// pages for SECONDS, first with nothing else running, then while an analyst re-imports the latest
// year through the site's own import, again and again. Prints requests per second, latency
// p50/p95/p99, failed requests and the imports done, and p95 with the import against idle.
// Targets (issue #10, on the sample): ≥ 1,000 requests/s, p99 < 100 ms idle; with an import
// running no failed request and p95 within 1.5× of idle. Printed, not asserted.
// BENCH_LOAD_SECONDS / BENCH_LOAD_CLIENTS change the defaults (20 s, 50 clients).
import { join } from 'node:path';
import { serveBuilt, type Site } from '../../src/cli/serve.js';
import { zipFolder } from '../helpers/zip.js';
import { median, ms, percentile } from './stats.js';
import type { BenchWarehouse } from './warehouses.js';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);

/** Uploads and confirms the year's bundle as the analyst; resolves when the import is done. */
async function reimport(site: Site, zip: Buffer): Promise<number> {
	const t = performance.now();
	const headers = { origin: site.url, accept: 'text/html' };
	const form = new FormData();
	form.set('bundle', new Blob([new Uint8Array(zip)]), 'bundle.zip');
	const up = await site.get('/import?/upload', { method: 'POST', body: form, headers });
	const id = new URL(up.headers.get('location') ?? '/', site.url).searchParams.get('job');
	if (up.status !== 303 || !id) throw new Error(`upload: ${up.status}`);
	// The upload is checked in a child process: confirm once it is ready.
	while (((await (await site.get(`/import/${id}`)).json()) as { state: string }).state === 'checking') await new Promise((r) => setTimeout(r, 100));
	const confirm = new FormData();
	confirm.set('job', id);
	confirm.set('replace', 'on');
	const ok = await site.get('/import?/confirm', { method: 'POST', body: confirm, headers });
	if (ok.status !== 303) throw new Error(`confirm: ${ok.status} ${await ok.text()}`);
	for (;;) {
		const job = (await (await site.get(`/import/${id}`)).json()) as { state: string; error?: string };
		if (job.state === 'done') return performance.now() - t;
		if (job.state !== 'importing' && job.state !== 'checking' && job.state !== 'queued') throw new Error(`import ${job.state}: ${job.error ?? ''}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

interface Run {
	requests: number;
	perSecond: number;
	failed: Map<string, number>;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	imports: number[];
	/** The median latency of each page. */
	pages: [string, number][];
}

async function run(site: Site, paths: string[], zip: Buffer | null): Promise<Run> {
	const latencies: number[] = [];
	const byPath = new Map<string, number[]>();
	const failed = new Map<string, number>();
	const fail = (why: string) => failed.set(why, (failed.get(why) ?? 0) + 1);
	const imports: number[] = [];
	const end = performance.now() + SECONDS * 1000;
	const reader = async (n: number) => {
		for (let i = n; performance.now() < end; i++) {
			const path = paths[i % paths.length]!;
			const t = performance.now();
			try {
				const res = await site.get(path, { role: 'leader' });
				await res.arrayBuffer();
				const took = performance.now() - t;
				latencies.push(took);
				byPath.set(path, [...(byPath.get(path) ?? []), took]);
				if (res.status !== 200) fail(`${path} ${res.status}`);
			} catch (e) {
				fail(`${path} ${(e as Error).message}`);
			}
		}
	};
	const importer = async () => {
		if (!zip) return;
		await new Promise((r) => setTimeout(r, 1000));
		while (performance.now() < end - 2000) imports.push(await reimport(site, zip));
	};
	const started = performance.now();
	await Promise.all([importer(), ...Array.from({ length: CLIENTS }, (_, n) => reader(n))]);
	const elapsed = (performance.now() - started) / 1000;
	const sorted = latencies.sort((a, b) => a - b);
	return {
		requests: sorted.length,
		perSecond: sorted.length / elapsed,
		failed,
		p50: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		p99: percentile(sorted, 0.99),
		max: sorted.at(-1) ?? NaN,
		imports,
		pages: [...byPath].map(([path, times]) => [path, median(times)])
	};
}

export async function benchLoad(w: BenchWarehouse): Promise<string> {
	const year = w.years.at(-1)!;
	const cadre = w.cadres.find(Boolean)!;
	const paths = ['/', '/trends', `/rankings?year=${year}`, '/bottom-two', '/rewards', `/units/${w.units[0]}`, `/cadres/${cadre}`, '/policy', `/search?q=${encodeURIComponent(w.terms[0]!)}`, `/summary/${year}`];
	const zip = await zipFolder(join(w.bundles, String(year)));
	const site = await serveBuilt(w.db, { readOnly: false });
	try {
		const idle = await run(site, paths, null);
		const busy = await run(site, paths, zip);
		const line = (label: string, r: Run) => {
			const failed = [...r.failed.values()].reduce((a, b) => a + b, 0);
			return [
				`${label.padEnd(22)}${String(r.requests).padStart(8)}${r.perSecond.toFixed(0).padStart(8)}/s${String(failed).padStart(8)}${ms(r.p50).padStart(9)}${ms(r.p95).padStart(9)}${ms(r.p99).padStart(9)}${ms(r.max).padStart(9)}`,
				`  p50 per page: ${r.pages.map(([path, t]) => `${path.split('?')[0]} ${ms(t)}`).join(', ')}`,
				...[...r.failed].map(([why, n]) => `  failed: ${why} ×${n}`)
			];
		};
		return [
			`\nload on the ${w.label}: ${CLIENTS} clients reading ${paths.length} pages for ${SECONDS} s each run`,
			`targets: ≥ 1,000 requests/s and p99 < 100 ms idle; with an import no failure and p95 within 1.5× of idle`,
			`${''.padEnd(22)}${'requests'.padStart(8)}${'rate'.padStart(10)}${'failed'.padStart(8)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}`,
			...line('idle', idle),
			...line(`re-importing ${year}`, busy),
			`p95 with the import / idle: ${(busy.p95 / idle.p95).toFixed(2)}×; re-imports completed ${busy.imports.length}${busy.imports.length ? `, each ${busy.imports.map((t) => (t / 1000).toFixed(1)).join(', ')} s` : ''}`
		].join('\n');
	} finally {
		await site.stop();
	}
}
