// `npm run bench`, side by side in one run: the import of the ten-year sample and of a warehouse
// BENCH_DISTRICTS (default 100) times its size, each step and peak memory, against bare DuckDB
// reading the same files (measure.ts); every rule and view at that size against the same SQL on
// PostgreSQL 15 when it is installed (postgres.ts); every page cold and warm at 1× and at that
// size against the framework's bare route (routes.ts); and 50 clients reading a mix of pages on
// the sample, idle and while a year is re-imported through the site (load.ts). Medians and
// ratios are printed; the targets are printed, not asserted.
// Last, the what-if of the whole policy on a sample year (whatif.ts).
// BENCH_ONLY=imports|postgres|pages|load|whatif runs one part (the sample is imported for any
// part, the large warehouse for all but load and whatif).
import { buildSite } from '../../src/cli/prepare.js';
import { benchWarehouse, removeWarehouses } from './warehouses.js';
import { benchPages } from './routes.js';
import { benchLoad } from './load.js';
import { benchPostgres } from './postgres.js';
import { benchWhatIf } from './whatif.js';

const scale = Number(process.env.BENCH_DISTRICTS ?? 100);
const only = process.env.BENCH_ONLY;
const part = (name: string) => !only || only === name;

try {
	buildSite(() => {});
	console.log(`# kaohe bench, ${new Date().toISOString().slice(0, 10)}, ${scale}× = BENCH_DISTRICTS`);
	const sample = await benchWarehouse(1);
	const large = only === 'load' || only === 'whatif' ? sample : await benchWarehouse(scale);
	if (part('imports')) {
		const m = large.measurement;
		console.log(`\nimport ${scale}× against the sample: ${(m.totalMs / sample.measurement.totalMs).toFixed(1)}× the time for ${(m.rows / sample.measurement.rows).toFixed(0)}× the rows`);
	}
	if (part('postgres')) console.log(await benchPostgres(large));
	if (part('pages')) {
		console.log(await benchPages(sample));
		console.log(await benchPages(large));
	}
	if (part('load')) console.log(await benchLoad(sample));
	if (part('whatif')) console.log(await benchWhatIf());
} finally {
	removeWarehouses();
}
