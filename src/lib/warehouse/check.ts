// Verifies a warehouse: its schema is the one this version of kaohe builds, every table and view
// can be read, every imported year is whole and has a valid policy, no row belongs to a year that
// is not imported, and — the strongest check — the rules recomputed from the stored input give
// exactly the stored results.
//
// The check never writes the warehouse, so it works on a read-only open (the command line opens
// read-only: it can run beside the site, a migration cannot hide a stale schema, and the check
// cannot alter what it checks). The recompute writes only temporary tables that shadow the
// stored ones, in a transaction that is rolled back (shadow.ts). Checking a copy instead would
// double the disk space and still not be the file that the site reads.
import { validatePolicy } from '../policy/validate.js';
import { Warehouse, type Row } from './db.js';
import { INPUT_TABLES } from './migrate.js';
import { query } from './queries.js';
import { derive } from './recompute.js';
import { ident, inShadow } from './shadow.js';

export interface CheckReport {
	/** No problem found. */
	ok: boolean;
	/** The years in `years` (those the warehouse holds). */
	years: number[];
	/** What is wrong, one sentence each, in Chinese. */
	problems: string[];
}

interface SchemaObject {
	name: string;
	kind: 'table' | 'view';
	columns: string;
}

interface Expected {
	hash: string;
	objects: SchemaObject[];
	macros: { name: string; definition: string }[];
}

/** A row of queries/checks/schema_indexes.sql. */
interface SchemaIndex {
	name: string;
	table_name: string;
}


let expected: Promise<Expected> | undefined;

/** The schema this version of kaohe builds: read from a fresh in-memory warehouse, once. */
function expectedSchema(): Promise<Expected> {
	expected ??= (async () => {
		const ref = await Warehouse.open(':memory:');
		try {
			const [hashRow] = await ref.all<{ hash: string }>(query('checks/schema_hash'));
			return {
				hash: hashRow!.hash,
				objects: await ref.all<SchemaObject>(query('checks/schema_columns')),
				macros: await ref.all<{ name: string; definition: string }>(query('checks/schema_macros'))
			};
		} finally {
			ref.close();
		}
	})();
	expected.catch(() => (expected = undefined)); // a failure is not remembered
	return expected;
}

/** The tables the rules write (derived from the stored input), as the current schema has them. */
export async function derivedTables(): Promise<string[]> {
	const { objects } = await expectedSchema();
	return objects.filter((o) => o.kind === 'table' && !INPUT_TABLES.has(o.name)).map((o) => o.name);
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];

export async function checkWarehouse(wh: Warehouse): Promise<CheckReport> {
	const problems: string[] = [];
	const want = await expectedSchema();

	// 1. The schema: its hash, then every table, view and macro, column by column.
	const hash = await wh
		.all<{ hash: string }>(query('checks/schema_hash'))
		.then((r) => r[0]?.hash)
		.catch(() => undefined);
	if (hash === undefined) problems.push('没有 kaohe_schema 表：这不是 kaohe 数据仓库，或它从未以读写方式打开过。');
	else if (hash !== want.hash)
		problems.push(`数据仓库的结构版本（${hash.slice(0, 12)}）不是当前程序的版本（${want.hash.slice(0, 12)}）：需要以读写方式打开一次（例如导入）以迁移。`);

	const have = new Map((await wh.all<SchemaObject>(query('checks/schema_columns'))).map((o) => [o.name, o]));
	let structureOk = true;
	for (const o of want.objects) {
		const kind = o.kind === 'view' ? '视图' : '表';
		const h = have.get(o.name);
		if (!h) {
			problems.push(`缺少${kind} ${o.name}。`);
			structureOk = false;
		} else if (h.kind !== o.kind || h.columns !== o.columns) {
			problems.push(`${kind} ${o.name} 的列与当前结构不同：应为 (${o.columns})，实为 (${h.columns})。`);
			structureOk = false;
		}
	}
	// DuckDB prints a macro read back from a file with other spacing and quoting than a new one
	// (DECIMAL(38,12) / DECIMAL(38, 12), HUGEINT / "HUGEINT"); the only string literals in macros are
	// codes (queries/schema/vocabulary.sql), which hold no space. A lambda reads back in the arrow
	// form (lambda r: … / r -> …).
	const bare = (sql: string) => sql.replace(/\blambda\s+(\w+)\s*:/g, '$1->').replace(/[\s"]+/g, '');
	const macros = new Map((await wh.all<{ name: string; definition: string }>(query('checks/schema_macros'))).map((m) => [m.name, bare(m.definition)]));
	for (const m of want.macros) {
		const def = macros.get(m.name);
		if (def === undefined) problems.push(`缺少宏 ${m.name}（queries/schema/）。`);
		else if (def !== bare(m.definition)) problems.push(`宏 ${m.name} 的定义与当前的 queries/schema/ 不同。`);
		if (def !== bare(m.definition)) structureOk = false;
	}
	// one an older version made and this one dropped (the migration drops it)
	const current = new Set(want.macros.map((m) => m.name));
	for (const name of macros.keys()) if (!current.has(name)) problems.push(`宏 ${name} 不属于当前的 queries/schema/（较早版本留下的）：需要以读写方式打开一次以迁移。`);

	// The schema makes no index (queries/import/stage/insert.sql says why): one is an older
	// version's, which changes no result but slows every commit (the migration drops it).
	for (const i of await wh.all<SchemaIndex>(query('checks/schema_indexes')))
		problems.push(`索引 ${i.name}（表 ${i.table_name}）不属于当前结构（较早版本留下的），会拖慢每次导入：需要以读写方式打开一次以迁移。`);

	// 2. Every table and view can be read whole (every column of every row).
	for (const o of want.objects) {
		if (!have.has(o.name)) continue;
		try {
			await wh.all(`SELECT count(*) AS n, bit_xor(hash(t)) AS h FROM ${ident(o.name)} t`);
		} catch (e) {
			problems.push(`无法读取${o.kind === 'view' ? '视图' : '表'} ${o.name}：${firstLine(e)}`);
			structureOk = false;
		}
	}
	if (!structureOk || !have.has('years')) {
		problems.push('数据仓库的结构不完整，未做年度、孤立行和重新计算的核对。');
		return { ok: false, years: [], problems };
	}

	// 3. Each year: its policy parses and is valid, and its required input is there.
	const policies = await wh.all<{ year: number; policy_id: string; policy_json: string }>(query('checks/year_policies'));
	const years = policies.map((p) => p.year);
	for (const p of policies) {
		let value: unknown;
		try {
			value = JSON.parse(p.policy_json);
		} catch (e) {
			problems.push(`${p.year} 年度的政策（years.policy_json）不是有效的 JSON：${firstLine(e)}`);
			continue;
		}
		const v = validatePolicy(value);
		if (!v.ok) {
			for (const q of v.problems) problems.push(`${p.year} 年度的政策无效：${q.field}: ${q.message}`);
		} else if (v.policy.id !== p.policy_id) {
			problems.push(`${p.year} 年度的政策 id 不一致：years.policy_id 为 ${p.policy_id}，policy_json 中为 ${v.policy.id}。`);
		}
	}
	for (const r of await wh.all<Row>(query('checks/year_rows'))) {
		const empty = Object.entries(r)
			.filter(([k, n]) => typeof n === 'number' && k !== 'year' && n === 0)
			.map(([k]) => k);
		if (empty.length) problems.push(`${r.year} 年度不完整：${empty.join('、')} 中没有该年度的行。`);
		if (r.policy_rules_id !== null && r.policy_rules_id !== r.policy_id)
			problems.push(`${r.year} 年度的 policy_rules 属于政策 ${r.policy_rules_id}，而 years 记为 ${r.policy_id}。`);
	}

	// 4. No row of a year that is not imported.
	for (const r of await wh.all<{ table_name: string; year: number; n: number }>(query('checks/orphan_rows')))
		problems.push(`表 ${r.table_name} 有 ${r.n} 行属于 ${r.year} 年度，但 years 中没有该年度（孤立行，可能来自未完成的导入）。`);

	// 5. The rules recomputed from the stored input equal the stored results.
	try {
		for (const r of await recomputeDiffers(wh, years))
			problems.push(
				`重新计算 ${r.year} 年度的 ${r.table_name} 与存储的结果不同：${r.stored_only} 行只在存储中，${r.recomputed_only} 行只在重新计算中。`
			);
	} catch (e) {
		problems.push(`无法重新计算规则以核对结果：${firstLine(e)}`);
	}

	return { ok: problems.length === 0, years, problems };
}

interface Difference {
	table_name: string;
	year: number;
	stored_only: number;
	recomputed_only: number;
}

async function recomputeDiffers(wh: Warehouse, years: number[]): Promise<Difference[]> {
	return inShadow(wh, await derivedTables(), null, async (c) => {
		if (years.length) await derive(c, years);
		return (await c.runAndReadAll(query('checks/recompute_differs'))).getRowObjectsJS() as unknown as Difference[];
	});
}
