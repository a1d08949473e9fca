// Load on loopback (issue #5): CLIENTS concurrent readers request the dashboard's pages for
// SECONDS while an analyst re-imports a year through the site's own import, again and again.
// Prints failed requests (target: zero), latency p50/p95/p99, requests per second and the
// imports done. Bounded in time: it stops by itself. BENCH_LOAD_SECONDS / BENCH_LOAD_CLIENTS
// change the defaults (30 s, 50 clients).
import { serveBuilt, type Site } from '../../src/cli/serve.js';
import { sampleSite } from './sample-site.js';
import { projectPath } from '../../src/lib/paths.js';
import { zipFolder } from '../helpers/zip.js';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

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
		if (job.state !== 'importing') throw new Error(`import ${job.state}: ${job.error ?? ''}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

export async function benchLoad(): Promise<string> {
	const sample = await sampleSite();
	const year = sample.year;
	const paths = ['/', '/trends', `/rankings?year=${year}`, '/bottom-two', '/rewards', `/units/${sample.unit}`, `/cadres/${sample.cadre}`, '/policy', '/search?q=区', `/summary/${year}`];
	const zip = await zipFolder(projectPath('data', 'sample', 'bundles', String(year)));
	const site = await serveBuilt(sample.db, { readOnly: false });

	const latencies: number[] = [];
	const failures = new Map<string, number>();
	const fail = (why: string) => failures.set(why, (failures.get(why) ?? 0) + 1);
	const imports: number[] = [];
	const end = performance.now() + SECONDS * 1000;
	try {
		const reader = async (n: number) => {
			for (let i = n; performance.now() < end; i++) {
				const path = paths[i % paths.length]!;
				const t = performance.now();
				try {
					const res = await site.get(path, { role: 'leader' });
					await res.arrayBuffer();
					latencies.push(performance.now() - t);
					if (res.status !== 200) fail(`${path} ${res.status}`);
				} catch (e) {
					fail(`${path} ${(e as Error).message}`);
				}
			}
		};
		const importer = async () => {
			await new Promise((r) => setTimeout(r, 1000));
			while (performance.now() < end - 2000) imports.push(await reimport(site, zip));
		};
		const started = performance.now();
		await Promise.all([importer(), ...Array.from({ length: CLIENTS }, (_, n) => reader(n))]);
		const elapsed = (performance.now() - started) / 1000;
		const sorted = latencies.sort((a, b) => a - b);
		const ms = (v: number) => `${v.toFixed(0)} ms`;
		const lines = [
			`\nload: ${CLIENTS} clients reading ${paths.length} dashboard pages for ${SECONDS} s while year ${year} is re-imported through the site (target: zero failures)`,
			`requests ${latencies.length}, ${(latencies.length / elapsed).toFixed(0)} per second; failed ${[...failures.values()].reduce((a, b) => a + b, 0)}`,
			`latency p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted.at(-1) ?? NaN)}`,
			`re-imports completed ${imports.length}${imports.length ? `, each ${imports.map((t) => (t / 1000).toFixed(1)).join(', ')} s` : ''}`
		];
		for (const [why, n] of failures) lines.push(`  failed: ${why} ×${n}`);
		return lines.join('\n');
	} finally {
		await site.stop();
		sample.remove();
	}
}
