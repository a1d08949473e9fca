// `npm run bench`: imports the ten-year sample and a warehouse 100 times its size (100 districts'
// worth of units, same policies), and prints import time, rows per second, peak memory, the time
// of each view over all years and of replacing one year. Targets (issue #2): the sample imports in
// under 5 s, each view answers in under 50 ms on it, the 100× warehouse imports at over a million
// ballot rows per second. Then every page of the site is timed on the sample (routes.ts), and the
// site is read by 50 clients while a year is re-imported through it (load.ts).
// Last, the what-if of the whole policy (whatif.ts).
// BENCH_ONLY=routes, BENCH_ONLY=load or BENCH_ONLY=whatif runs only that part.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../../src/lib/paths.js';
import { writeSample } from '../../src/sample/main.js';
import { measure, report } from './measure.js';
import { benchRoutes } from './routes.js';
import { benchLoad } from './load.js';
import { benchWhatIf } from './whatif.js';

const scale = Number(process.env.BENCH_DISTRICTS ?? 100);
const only = process.env.BENCH_ONLY;

if (!only) await benchImports();
if (!only || only === 'routes') console.log(await benchRoutes());
if (!only || only === 'load') console.log(await benchLoad());
if (!only || only === 'whatif') console.log(await benchWhatIf());

async function benchImports() {
	console.log(report(await measure('sample district', projectPath('data', 'sample', 'bundles'))));

	const dir = mkdtempSync(join(tmpdir(), 'kaohe-bench-bundles-'));
	try {
		const t = performance.now();
		await writeSample({ out: dir, districts: scale, quiet: true });
		console.log(`\n(generated ${scale}× bundles in ${Math.round(performance.now() - t)} ms)`);
		console.log(report(await measure(`${scale}× district`, dir)));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
