// Reads and checks a year bundle inside DuckDB, on one connection and in its transaction: each
// table's CSV file through read_csv into a temporary table (all text, with its LINE), every check
// of CONTRACT.md as SQL over those tables (queries/import/checks/, one file per family) yielding
// problems (file, line, column, message), and once there are none, the rows into the year tables
// with INSERT … SELECT. Column lists come from src/lib/bundle/tables.ts: the SQL that names them
// (the columns of a file, its key, its counts) is generated here, from those specs and numbers
// of this module only, never from a cell; every value is a bound parameter.
import { BIGINT, LIST, VARCHAR, listValue, type DuckDBConnection, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { DECIMAL, numberText } from '../bundle/decimal.js';
import { BundleRejected, MAX_PROBLEMS, MAX_QUOTE, type Problem } from '../bundle/problems.js';
import type { RawBundle, RawTable } from '../bundle/raw.js';
import {
	CADRE_GRADES,
	CONDITIONAL_FILES,
	ROLES,
	TEAM_BANDS,
	USAGE_INTENTS,
	tablesFor,
	type CellKind,
	type ColumnSpec,
	type TableSpec
} from '../bundle/tables.js';
import type { Policy } from '../policy/schema.js';
import { query } from './queries.js';

/** A list parameter with its type (DuckDB cannot type an empty list). */
class Typed {
	constructor(
		readonly value: DuckDBValue,
		readonly type: DuckDBType
	) {}
}
const strings = (xs: readonly string[]) => new Typed(listValue(xs), LIST(VARCHAR));
const ints = (xs: readonly number[]) => new Typed(listValue(xs.map(BigInt)), LIST(BIGINT));

type Params = Record<string, DuckDBValue | Typed>;

/** The files in the order they are checked (units and cadres first: the others refer to them). */
const FILES = [
	'units.csv',
	'cadres.csv',
	'target_scores.csv',
	'vetoes.csv',
	'team_ballots.csv',
	'cadre_ballots.csv',
	'team_reverse.csv',
	'cadre_reverse.csv',
	'pk_votes.csv',
	'final_grades.csv',
	'periodic_scores.csv',
	'team_comments.csv',
	'cadre_comments.csv'
];

/** The scale of periodic scores (CONTRACT.md, second edition: points in 0..100). */
const PERIODIC_MAX = '100';

/** What a policy field is, for the message about a file it does not allow. */
const NEEDS_LABEL: Record<string, string> = { reverse: '逆向测评', periodic: '平时考核' };

/** Control characters (C0, DEL, C1): never in a name or code; a free text may hold tabs and line breaks. */
const CONTROL = '[\\x00-\\x1F\\x7F-\\x9F]';
const CONTROL_BUT_LINES = '[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]';

/** Every character JavaScript's trim() removes, as DuckDB's trim() is given them. */
const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The problem of a code not in its list: the words before and after the quoted cell. */
const LOOKUP: Partial<Record<CellKind, [string, string]>> = {
	unit: ['单位 “', '” 不在 units 中'],
	cadre: ['干部 “', '” 不在 cadres 中'],
	group: ['考核组 “', '” 不在政策中'],
	template: ['单位类型 “', '” 不在政策中'],
	veto: ['否决项目 “', '” 不在政策中'],
	team_aspect: ['测评项目 “', '” 不是政策的班子测评项目'],
	cadre_aspect: ['测评项目 “', '” 不是政策的干部测评项目'],
	rater_group: ['测评人类别 “', '” 不在政策的 rater_groups 中'],
	role: ['职务类别 “', `” 未知（${Object.keys(ROLES).join('、')}）`],
	cadre_grade: ['等次 “', `” 未知（${Object.keys(CADRE_GRADES).join('、')}）`]
};

/** The column number of a key problem: after every cell of its row. */
const KEY_COLUMN = 10_000;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const stem = (file: string) => file.replace(/\.csv$/, '');

/** The values and types of the parameters a statement names (DuckDB refuses one it does not). */
function bind(text: string, params: Params): [Record<string, DuckDBValue>, Record<string, DuckDBType | undefined>] {
	const used = Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(text));
	return [
		Object.fromEntries(used.map(([k, v]) => [k, v instanceof Typed ? v.value : v])),
		Object.fromEntries(used.map(([k, v]) => [k, v instanceof Typed ? v.type : undefined]))
	];
}

/**
 * Runs each statement of queries/<name>.sql, its __PARTS__ replaced, with the parameters it names;
 * returns the rows they changed.
 */
async function run(c: DuckDBConnection, name: string, params: Params = {}, parts: Record<string, string> = {}): Promise<number> {
	let sql = query(name);
	for (const [k, v] of Object.entries(parts)) sql = sql.replaceAll(`__${k}__`, v);
	let changed = 0;
	for (const statement of sql.split(/;[ \t]*\n/)) {
		const text = statement.replace(/^\s*--.*$/gm, '').trim();
		if (!text) continue;
		changed += (await c.run(text, ...bind(text, params))).rowsChanged;
	}
	return changed;
}

/** One SELECT of problems: a query's name, its own parameters and its __PARTS__. */
interface Fragment {
	name: string;
	params: Params;
	parts: Record<string, string>;
}

/**
 * Inserts the problems of every fragment in one statement (their UNION ALL). A fragment's own
 * parameters are renamed apart ($column → $column_3); `shared` ones are bound once.
 */
async function insertProblems(c: DuckDBConnection, fragments: Fragment[], shared: Params): Promise<void> {
	const bound: Params = { ...shared };
	const selects = fragments.map((f, i) => {
		let sql = query(f.name).replace(/^\s*--.*$/gm, '').trim();
		for (const [k, v] of Object.entries(f.parts)) sql = sql.replaceAll(`__${k}__`, v);
		for (const [k, v] of Object.entries(f.params)) {
			sql = sql.replace(new RegExp(`\\$${k}\\b`, 'g'), () => `$${k}_${i}`);
			bound[`${k}_${i}`] = v;
		}
		return sql;
	});
	if (!selects.length) return;
	const text = `INSERT INTO problems\n${selects.join('\nUNION ALL\n')}`;
	await c.run(text, ...bind(text, bound));
}

async function rows<T>(c: DuckDBConnection, name: string, params: Params = {}, parts: Record<string, string> = {}): Promise<T[]> {
	let sql = query(name);
	for (const [k, v] of Object.entries(parts)) sql = sql.replaceAll(`__${k}__`, v);
	return (await c.runAndReadAll(sql, params)).getRowObjectsJS() as T[];
}

type Named = { id: string; name: string };

/** An id, or a name unique in the list (and not another's id), for each entry: as lookups resolve. */
function nameRows(kind: string, list: Named[], scope = ''): [string, string, string, string, number][] {
	const ids = new Set(list.map((x) => x.id));
	const byName = new Map<string, string | null>();
	for (const x of list) byName.set(x.name, byName.has(x.name) ? null : x.id);
	const out: [string, string, string, string, number][] = list.map((x, i) => [kind, scope, x.id, x.id, i]);
	for (const [name, id] of byName) if (id !== null && !ids.has(name)) out.push([kind, scope, name, id, list.findIndex((x) => x.id === id)]);
	return out;
}

async function loadNames(c: DuckDBConnection, policy: Policy): Promise<void> {
	const d = policy.democratic;
	const labels = (o: Record<string, string>) => Object.entries(o).map(([id, name]) => ({ id, name }));
	const all = [
		...nameRows('group', policy.groups),
		...nameRows('template', policy.templates),
		...nameRows('veto', policy.veto_items),
		...nameRows('team_aspect', d.team_aspects),
		...nameRows('cadre_aspect', d.cadre_aspects),
		...nameRows('rater_group', d.rater_groups ?? []),
		...nameRows('role', labels(ROLES)),
		...nameRows('cadre_grade', labels(CADRE_GRADES)),
		...policy.templates.flatMap((t) => nameRows('item', t.items, t.id)),
		...policy.templates.flatMap((t) => [...new Set(t.vetoes)].map((v, i): [string, string, string, string, number] => ['template_veto', t.id, v, v, i]))
	];
	const col = (i: 0 | 1 | 2 | 3) => strings(all.map((r) => r[i]));
	await run(c, 'import/stage/names', { kind: col(0), scope: col(1), value: col(2), id: col(3), position: ints(all.map((r) => r[4])) });
	const items = policy.templates.flatMap((t) => t.items.map((it) => [t.id, it.id, numberText(it.max)]));
	if (items.length)
		await run(c, 'import/stage/item_max', {
			template: strings(items.map((r) => r[0]!)),
			item_id: strings(items.map((r) => r[1]!)),
			max: strings(items.map((r) => r[2]!))
		});
}

interface Found {
	problems: Problem[];
	warnings: string[];
}

/** Maps header cells to the table's columns; reports missing, repeated, forbidden and unknown columns. */
function mapHeader(table: RawTable, spec: TableSpec, policy: Policy, found: Found): Map<string, number> | null {
	const lookup = new Map<string, ColumnSpec>();
	for (const c of spec.columns) {
		lookup.set(c.name.toLowerCase(), c);
		lookup.set(c.zh.toLowerCase(), c);
	}
	const forbidden = new Map<string, ColumnSpec>();
	for (const c of spec.forbidden ?? []) {
		forbidden.set(c.name.toLowerCase(), c);
		forbidden.set(c.zh.toLowerCase(), c);
	}
	const index = new Map<string, number>();
	const at = { file: table.file, line: table.headerLine };
	let ok = true;
	table.header.forEach((h, i) => {
		if (h === '') return;
		const c = lookup.get(h.toLowerCase());
		const no = c ? undefined : forbidden.get(h.toLowerCase());
		if (no) {
			ok = false;
			found.problems.push({ ...at, column: no.name, message: `政策 ${policy.id} 没有测评人类别（democratic.rater_groups），不能有此列（“${h}”）` });
		} else if (!c) found.warnings.push(`${table.file}:${table.headerLine}: ${h}: 未定义的列，已忽略`);
		else if (index.has(c.name)) {
			ok = false;
			found.problems.push({ ...at, column: c.name, message: `列重复（“${table.header[index.get(c.name)!]}” 与 “${h}”）` });
		} else index.set(c.name, i);
	});
	for (const c of spec.columns)
		if (!index.has(c.name)) {
			ok = false;
			found.problems.push({ ...at, column: c.name, message: `缺少列（${c.name} 或 ${c.zh}）` });
		}
	return ok ? index : null;
}

/** The SQL value of a checked cell: an id for a code, a number for a count (generated from the column's kind). */
function resolved(c: ColumnSpec): string {
	const col = `s.${ident(c.name)}`;
	switch (c.kind) {
		case 'group':
		case 'template':
		case 'veto':
		case 'team_aspect':
		case 'cadre_aspect':
		case 'rater_group':
		case 'role':
		case 'cadre_grade':
			return `(SELECT n.id FROM names n WHERE n.kind = '${c.kind}' AND n.value = ${col}) AS ${ident(c.name)}`;
		case 'item':
			return `(SELECT n.id FROM names n JOIN names u ON u.kind = 'unit' AND n.scope = u.scope WHERE u.value = s.unit_id AND n.kind = 'item' AND n.value = ${col}) AS ${ident(c.name)}`;
		case 'count':
			return `CAST(${col} AS BIGINT) AS ${ident(c.name)}`;
		default:
			return col;
	}
}

/** A bundle's tables read and checked, its rows in temporary tables of the connection. */
export interface Ingested {
	pkVotes: { unit_id: string; votes: number; line: number; file: string }[];
	warnings: string[];
	/** Writes the checked rows as `year`'s (the year's policy rows are the caller's): rows by year table. */
	write(year: number): Promise<Record<string, number>>;
}

/**
 * Checks the tables of `raw` under `policy`, or throws BundleRejected with the first MAX_PROBLEMS
 * problems; writing the rows is a step of its own, so that a caller may refuse the bundle for
 * something else (its year already imported) only once its own problems are known.
 */
export async function ingest(c: DuckDBConnection, raw: RawBundle, policy: Policy): Promise<Ingested> {
	await run(c, 'import/stage/setup');
	await loadNames(c, policy);
	const found: Found = { problems: [], warnings: [] };
	const sqlProblems: { no: number; p: Problem; phase: number }[] = [];
	const add = (no: number, phase: number, p: Problem) => sqlProblems.push({ no, phase, p });
	const specs = tablesFor(policy);
	const workbook = raw.manifestFile === 'bundle';
	const fileName = (file: string) => raw.tables.get(file)?.file ?? (workbook ? stem(file) : file);

	for (const [file, table] of raw.tables) {
		const needs = CONDITIONAL_FILES[file];
		if (needs && !needs.has(policy))
			add(-1, 0, { file: table.file, message: `政策 ${policy.id} 没有${NEEDS_LABEL[needs.field]}（${needs.field}），不能提供此文件` });
		else if (!specs.has(file)) found.warnings.push(`${table.file}: 未定义的文件，已忽略`);
	}

	const base = (no: number, file: string): Params => ({ file_no: no, file: fileName(file), max_quote: MAX_QUOTE });
	const staged = new Set<string>();
	const given = new Set<string>();

	for (const [no, file] of FILES.entries()) {
		const spec = specs.get(file);
		if (!spec) continue;
		const ok = `ok_${stem(file)}`;
		const table = raw.tables.get(file);
		let index: Map<string, number> | null = null;
		if (!table) {
			if (spec.required) add(no, -1, { file: fileName(file), message: workbook ? '缺少必需的工作表' : '缺少必需的文件' });
		} else {
			given.add(file);
			found.problems = [];
			index = mapHeader(table, spec, policy, found);
			for (const p of found.problems) add(no, -1, p);
		}
		if (!table?.path || !index) {
			const columns = spec.columns.map((col) => `${ident(col.name)} ${col.kind === 'count' ? 'BIGINT' : 'VARCHAR'}`).join(', ');
			await run(c, 'import/stage/empty_rows', {}, { TARGET: ok, COLUMNS: columns });
		} else {
			await stageFile(c, no, file, table, spec, index, base(no, file), ok);
			staged.add(file);
		}
		if (file === 'units.csv') await run(c, 'import/stage/units_known');
		if (file === 'cadres.csv') await run(c, 'import/stage/cadres_known');
	}

	// The checks across rows of a file, on its valid rows.
	const no = (file: string) => FILES.indexOf(file);
	const cross = (file: string) => ({ ...base(no(file), file), given: given.has(file) });
	if (specs.has('target_scores.csv')) await run(c, 'import/checks/target_scores', cross('target_scores.csv'));
	await run(c, 'import/checks/vetoes', cross('vetoes.csv'));
	const teamTotal = Object.keys(TEAM_BANDS).map(ident).join(' + ');
	const cadreTotal = Object.keys(CADRE_GRADES).map(ident).join(' + ');
	await run(c, 'import/checks/ballots', { ...cross('team_ballots.csv'), subject_kind: 'unit', aspect_kind: 'team_aspect', label: '单位' }, { SOURCE: 'ok_team_ballots', SUBJECT: 'unit_id', TOTAL: teamTotal });
	await run(c, 'import/checks/ballots', { ...cross('cadre_ballots.csv'), subject_kind: 'cadre', aspect_kind: 'cadre_aspect', label: '干部' }, { SOURCE: 'ok_cadre_ballots', SUBJECT: 'cadre_id', TOTAL: cadreTotal });
	if (policy.reverse) {
		const usage = Object.keys(USAGE_INTENTS);
		for (const [file, subject, extra] of [['team_reverse.csv', 'unit_id', []], ['cadre_reverse.csv', 'cadre_id', usage]] as const) {
			const aspects = specs.get(file)!.columns.filter((col) => col.name !== subject && col.name !== 'participants').map((col) => col.name);
			await run(
				c,
				'import/checks/reverse',
				{ ...cross(file), aspects: strings(aspects), usage: strings(extra) },
				{ SOURCE: `ok_${stem(file)}`, SUBJECT: subject, LONG: `long_${stem(file)}` }
			);
		}
	}
	if (policy.periodic) await run(c, 'import/checks/periodic', { ...cross('periodic_scores.csv'), max: PERIODIC_MAX });
	const pkVotes = (await rows<{ unit_id: string; votes: number; line: number }>(c, 'import/stage/pk_votes')).map((v) => ({ ...v, file: fileName('pk_votes.csv') }));
	if (policy.excellence.pk_ratio === null && pkVotes.length)
		add(no('pk_votes.csv'), 1, { file: fileName('pk_votes.csv'), message: `政策 ${policy.id} 没有同台PK（pk_ratio 为 null），不能有 PK 票` });

	for (const { no, phase, p } of sqlProblems)
		await run(c, 'import/stage/add_problem', { file_no: no, phase, line: p.line ?? null, col_no: -1, file: p.file, column: p.column ?? null, message: p.message });
	const n = (await rows<{ n: number }>(c, 'import/stage/problem_count'))[0]!.n;
	if (n > 0) {
		const list = await rows<{ file: string; line: number | null; column: string | null; message: string }>(c, 'import/stage/problems', { max: MAX_PROBLEMS });
		const problems: Problem[] = list.map((r) => ({
			file: r.file,
			...(r.line === null ? {} : { line: r.line }),
			...(r.column === null ? {} : { column: r.column }),
			message: r.message
		}));
		throw new BundleRejected(problems, n - problems.length);
	}

	// Checked: the rows into the year tables, when the caller says.
	const write = async (year: number) => {
		const counts: Record<string, number> = {};
		for (const file of FILES) {
			if (!specs.has(file)) continue;
			const target = stem(file);
			const source = file.endsWith('_reverse.csv') ? `long_${target}` : `ok_${target}`;
			counts[target] = await run(c, 'import/stage/insert', { year }, { TARGET: target, SOURCE: source, ID: ident(specs.get(file)!.key[0]!) });
		}
		return counts;
	};
	return { pkVotes, warnings: found.warnings, write };
}

/**
 * DuckDB's refusal of a CSV file (a line past read_csv's max_line_size, 2 MB by default, say) as
 * the problem of its line, or undefined for another error. Its message quotes the whole line: it
 * is never shown.
 */
export function csvProblem(file: string, e: Error): Problem | undefined {
	const at = /CSV Error on Line: (\d+)/.exec(e.message);
	if (!at) return undefined;
	const size = /Maximum line size of (\d+) bytes exceeded/.exec(e.message);
	return { file, line: Number(at[1]), message: size ? `此行过长（超过 ${Number(size[1]).toLocaleString('en-US')} 字节），无法读取` : '此行无法按 CSV 读取' };
}

/** Reads one file into DuckDB and checks its every cell and key, leaving its valid rows in `ok`. */
async function stageFile(c: DuckDBConnection, no: number, file: string, table: RawTable, spec: TableSpec, index: Map<string, number>, params: Params, ok: string): Promise<void> {
	const byColumn = table.lines.kind === 'column';
	const shift = byColumn ? 1 : 0; // a sheet's first column is its row number
	const width = table.header.length + shift;
	const cells = Array.from({ length: width }, (_, i) => `c${i}`);
	const rawTable = `raw_${stem(file)}`;
	const view = `rows_${stem(file)}`;
	const read = async (parallel: boolean) =>
		run(c, 'import/stage/read_csv', { path: table.path!, parallel, ws: WHITESPACE }, {
			TABLE: rawTable,
			// trim() with a set of characters costs more than the rest of the read: only a cell that
			// starts or ends with one of them is trimmed.
			CELLS: cells.map((x) => `coalesce(CASE WHEN contains($ws, left(${x}, 1)) OR contains($ws, right(${x}, 1)) THEN trim(${x}, $ws) ELSE ${x} END, '') AS ${x}`).join(', '),
			COLUMNS: `{${cells.map((x) => `'${x}': 'VARCHAR'`).join(', ')}}`
		});
	try {
		await read(true).catch((e: Error) => {
			// DuckDB's parallel reader pads short rows only where no quoted cell holds a line break.
			if (!/quoted new lines|parallel/i.test(e.message)) throw e;
			return read(false);
		});
	} catch (e) {
		const problem = csvProblem(table.file, e as Error);
		if (problem) throw new BundleRejected([problem]);
		throw e;
	}

	let line = byColumn ? 'CAST(t.c0 AS INTEGER)' : 'CAST(t.rowid - m.first + 1 AS INTEGER)';
	if (!byColumn && table.lines.blanks.length) {
		// After p non-blank records, the blank records so far: p = line - (blanks before it) - 1.
		const after = new Map<number, number>();
		table.lines.blanks.forEach((l, j) => after.set(l - j - 1, j + 1));
		await run(c, 'import/stage/blanks', { pos: ints([...after.keys()]), n: ints([...after.values()]) }, { TABLE: `blanks_${stem(file)}` });
		line = `CAST(t.rowid - m.first + 1 + (SELECT coalesce(max(b.n), 0) FROM blanks_${stem(file)} b WHERE b.pos <= t.rowid - m.first) AS INTEGER)`;
	}
	await run(c, 'import/stage/rows', {}, {
		VIEW: view,
		TABLE: rawTable,
		LINE: line,
		HEADER_LINE: String(Math.trunc(table.headerLine)),
		CELLS: spec.columns.map((col) => `c${index.get(col.name)! + shift} AS ${ident(col.name)}`).join(', '),
		BLANK: cells.slice(shift).map((x) => `${x} = ''`).join(' AND ')
	});

	// Every cell: one problem at most (an empty cell is only that); all of the file's cell checks
	// in one statement (each a SELECT of queries/import/checks/cells/), as statements cost more
	// than rows on a district's files.
	const checks: Fragment[] = [];
	for (const [i, col] of spec.columns.entries()) {
		const check = (name: string, own: Params = {}) =>
			checks.push({ name: `import/checks/cells/${name}`, params: { column: col.name, col_no: i, ...own }, parts: { SOURCE: view, COLUMN: ident(col.name) } });
		if (col.kind !== 'optional_text') check('empty');
		if (col.kind === 'text') check('control', { pattern: CONTROL });
		else if (col.kind === 'optional_text' || col.kind === 'prose') check('control', { pattern: CONTROL_BUT_LINES });
		else if (col.kind === 'count') check('count', { max_count: BigInt(Number.MAX_SAFE_INTEGER) });
		else if (col.kind === 'points') check('points', { pattern: DECIMAL.source });
		else if (col.kind === 'item') check('item');
		else {
			const [before, after] = LOOKUP[col.kind]!;
			check('lookup', { kind: col.kind, before, after });
		}
	}
	await insertProblems(c, checks, params);
	await run(c, 'import/stage/valid_rows', { file_no: no }, { TARGET: ok, SOURCE: view, VALUES: spec.columns.map(resolved).join(', ') });
	await run(c, 'import/checks/keys', { ...params, column: spec.key.join('+'), col_no: KEY_COLUMN }, { SOURCE: ok, KEY: spec.key.map(ident).join(', ') });
}
