// Times every page of the site, cold (the first request of a page key: its data computed and the
// page rendered) and warm (the same page again: from the page cache), with the bytes sent, against
// the framework's bare route (/signin, no data) as the floor. Targets (issue #10): at 100× every
// page warm p95 under 50 ms and under 2 MB, cold under 200 ms. Printed, not asserted.
import { serveBuilt, type Site } from '../../src/cli/serve.js';
import { mb, ms, percentile } from './stats.js';
import type { BenchWarehouse } from './warehouses.js';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 20);
const COLD = 5;

/** A page of the mix: its path, and paths of the same page with keys not requested before (cold). */
interface PageCase {
	path: string;
	cold: string[];
}

export function pageCases(w: BenchWarehouse): PageCase[] {
	const years = [...w.years].reverse().slice(0, COLD);
	const latest = years[0]!;
	const cadres = w.cadres.filter(Boolean);
	return [
		{ path: '/', cold: years.map((y) => `/?year=${y}`) },
		{ path: '/trends', cold: years.map((y) => `/trends?from=${w.years[0]}&to=${y}`) },
		{ path: '/rankings', cold: years.map((y) => `/rankings?year=${y}`) },
		{ path: '/bottom-two', cold: years.map((y) => `/bottom-two?year=${y}`) },
		{ path: '/rewards', cold: years.map((y) => `/rewards?year=${y}`) },
		{ path: '/rewards?standard=35&basic_rate=0.7', cold: years.map((y) => `/rewards?year=${y}&standard=35&basic_rate=0.7`) },
		{ path: `/units/${w.units[0]}`, cold: w.units.slice(1, 1 + COLD).map((u) => `/units/${u}`) },
		{ path: `/cadres/${cadres[0]}`, cold: cadres.slice(1, 1 + COLD).map((c) => `/cadres/${c}`) },
		{ path: `/search?q=${encodeURIComponent(w.terms[0]!)}`, cold: w.terms.slice(1, 1 + COLD).map((q) => `/search?q=${encodeURIComponent(q)}`) },
		{ path: '/policy', cold: years.map((y) => `/policy?year=${y}`) },
		{ path: `/summary/${latest}`, cold: years.slice(1).map((y) => `/summary/${y}`) }
	];
}

async function time(site: Site, path: string, role: 'leader' | null = 'leader'): Promise<{ ms: number; bytes: number; status: number }> {
	const t = performance.now();
	const res = await site.get(path, { role });
	const bytes = (await res.arrayBuffer()).byteLength;
	return { ms: performance.now() - t, bytes, status: res.status };
}

interface Row {
	path: string;
	status: number;
	bytes: number;
	warm50: number;
	warm95: number;
	cold50: number;
	cold95: number;
}

async function timeWarm(site: Site, path: string, role: 'leader' | null = 'leader') {
	await time(site, path, role);
	const runs = [];
	for (let i = 0; i < REPEAT; i++) runs.push(await time(site, path, role));
	const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
	return { status: runs[0]!.status, bytes: runs[0]!.bytes, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** Every page of the mix on one warehouse, cold then warm; the floor first. */
export async function benchPages(w: BenchWarehouse): Promise<string> {
	const site = await serveBuilt(w.db);
	const rows: Row[] = [];
	try {
		// The floor: the framework's own cost of a page with no data (the sign-in form, signed out).
		const floor = await timeWarm(site, '/signin', null);
		rows.push({ path: '/signin (floor)', status: floor.status, bytes: floor.bytes, warm50: floor.p50, warm95: floor.p95, cold50: NaN, cold95: NaN });
		for (const c of pageCases(w)) {
			const cold = [];
			for (const path of c.cold) cold.push((await time(site, path)).ms);
			cold.sort((a, b) => a - b);
			const warm = await timeWarm(site, c.path);
			rows.push({ path: c.path, status: warm.status, bytes: warm.bytes, warm50: warm.p50, warm95: warm.p95, cold50: percentile(cold, 0.5), cold95: percentile(cold, 0.95) });
		}
	} finally {
		await site.stop();
	}
	const floor = rows[0]!;
	const lines = [
		`\npages on the ${w.label} (${REPEAT} warm requests each after one; cold: the first request of ${COLD} keys each, e.g. other years or ids)`,
		`targets at 100×: warm p95 < 50 ms and < 2 MB, cold < 200 ms`,
		'page'.padEnd(44) + 'status  warm p50  warm p95  ×floor  cold p50  cold p95      bytes'
	];
	for (const r of rows) {
		const miss = w.scale >= 100 && (r.warm95 >= 50 || r.bytes >= 2 * 2 ** 20 || r.cold95 >= 200) ? '  (target not met)' : '';
		lines.push(
			`${r.path.slice(0, 43).padEnd(44)}${String(r.status).padEnd(6)}${ms(r.warm50).padStart(9)} ${ms(r.warm95).padStart(9)} ${(r.warm50 / floor.warm50).toFixed(1).padStart(6)}× ${ms(r.cold50).padStart(9)} ${ms(r.cold95).padStart(9)} ${mb(r.bytes).padStart(10)}${miss}`
		);
	}
	return lines.join('\n');
}
