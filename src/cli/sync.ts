// `npm run sync`: writes src/generated/queries.ts, the types of every query the site runs, read
// from DuckDB on an empty warehouse (src/lib/warehouse/query-types.ts). Run by `npm run check`,
// `npm run build` and `npm test` before they start, as `svelte-kit sync` writes $types. The file
// is not in git: the code imports only its types, so nothing needs it to run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Warehouse } from '../lib/warehouse/db.js';
import { describeQuery, typedQueryNames, typesModule, type DescribedQuery } from '../lib/warehouse/query-types.js';
import { projectPath } from '../lib/paths.js';

const out = projectPath('src', 'generated', 'queries.ts');
const wh = await Warehouse.open(':memory:');
const described: DescribedQuery[] = [];
const problems: string[] = [];
const c = await wh.connect();
for (const name of typedQueryNames()) {
	try {
		const d = await describeQuery(c, name);
		if (d) described.push(d);
	} catch (e) {
		problems.push((e as Error).message);
	}
}
c.closeSync();
wh.close();
if (problems.length > 0) {
	console.error(`查询类型生成失败：\n${problems.join('\n')}`);
	process.exit(1);
}
const text = typesModule(described);
let before = '';
try {
	before = readFileSync(out, 'utf8');
} catch {
	// first run
}
// Written only when it changed, so an unchanged file keeps its time (builds compare times).
if (before !== text) {
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, text);
}
