// Writes the sample district's bundles: `npm run sample [-- --out DIR --districts N --seed S]`.
// Default: the ten-year sample in data/sample/bundles/<year>/, Chinese headers for 2001–2005 as
// offices wrote them then, and 2003's units.csv and cadres.csv GB18030-encoded.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../lib/paths.js';
import { generateDistrict } from './district.js';
import { writeYear } from './write.js';

export async function writeSample(o: { out?: string; districts?: number; seed?: number; quiet?: boolean } = {}): Promise<void> {
	const out = o.out ?? projectPath('data', 'sample', 'bundles');
	rmSync(out, { recursive: true, force: true });
	for (const bundle of generateDistrict({ districts: o.districts, seed: o.seed })) {
		writeYear(bundle, join(out, String(bundle.year)), {
			chineseHeaders: bundle.year <= 2005,
			gb18030: bundle.year === 2003 ? ['units.csv', 'cadres.csv'] : []
		});
		if (!o.quiet) console.log(`${bundle.year}: ${Object.values(bundle.tables).reduce((n, r) => n + r.length, 0)} rows`);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({ options: { out: { type: 'string' }, districts: { type: 'string' }, seed: { type: 'string' } } });
	await writeSample({
		out: values.out,
		districts: values.districts ? Number(values.districts) : undefined,
		seed: values.seed ? Number(values.seed) : undefined
	});
}
