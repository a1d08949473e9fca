// Every check CONTRACT.md lists for a year bundle that needs only the bundle and its policy.
// (Whether a PK vote names a PK candidate needs the rules, so the importer checks it in SQL.)
// All problems are collected, so one run reports them all.
import { resolvePolicy } from './policy-source.js';
import { BundleRejected, ProblemList } from './problems.js';
import type { RawBundle, RawTable } from './raw.js';
import {
	CADRE_GRADES,
	CONDITIONAL_FILES,
	ROLES,
	USAGE_INTENTS,
	tablesFor,
	type CellKind,
	type ColumnSpec,
	type TableSpec
} from './tables.js';
import { isDecimal, numberText, scaled } from './decimal.js';
import type { Bundle } from './bundle.js';
import type { Policy } from '../policy/schema.js';

type Named = { id: string; name: string };

/** Resolves a cell to an id: the id itself, or a name that is unique in the list. */
function resolver(list: Named[]): (value: string) => string | undefined {
	const ids = new Set(list.map((x) => x.id));
	const byName = new Map<string, string | null>();
	for (const x of list) byName.set(x.name, byName.has(x.name) ? null : x.id);
	return (value) => (ids.has(value) ? value : (byName.get(value) ?? undefined));
}

function enumResolver(labels: Record<string, string>): (value: string) => string | undefined {
	return resolver(Object.entries(labels).map(([id, name]) => ({ id, name })));
}

interface Row {
	line: number;
	/** resolved values by canonical column name; counts as numbers */
	values: Record<string, string>;
	counts: Record<string, number>;
}

interface Context {
	policy: Policy;
	problems: ProblemList;
	warnings: string[];
	units: Map<string, { template: string; line: number }>;
	cadres: Map<string, { unit_id: string }>;
}

const WHOLE = /^\d+$/;

/** The scale of periodic scores (CONTRACT.md, second edition: points in 0..100). */
const PERIODIC_MAX = '100';

/** What a policy field is, for the message about a file it does not allow. */
const NEEDS_LABEL: Record<string, string> = { reverse: '逆向测评', periodic: '平时考核' };

/** Maps header cells to the table's columns; reports missing, repeated and unknown columns. */
function mapHeader(table: RawTable, spec: TableSpec, ctx: Context): Map<string, number> | null {
	const index = new Map<string, number>();
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
	let ok = true;
	table.header.forEach((h, i) => {
		if (h === '') return;
		const c = lookup.get(h.toLowerCase());
		const no = c ? undefined : forbidden.get(h.toLowerCase());
		if (no) {
			ok = false;
			ctx.problems.add({
				file: table.file,
				line: table.headerLine,
				column: no.name,
				message: `政策 ${ctx.policy.id} 没有测评人类别（democratic.rater_groups），不能有此列（“${h}”）`
			});
			return;
		}
		if (!c) {
			ctx.warnings.push(`${table.file}:${table.headerLine}: ${h}: 未定义的列，已忽略`);
			return;
		}
		const before = index.get(c.name);
		if (before !== undefined) {
			ok = false;
			ctx.problems.add({
				file: table.file,
				line: table.headerLine,
				column: c.name,
				message: `列重复（“${table.header[before]}” 与 “${h}”）`
			});
		} else index.set(c.name, i);
	});
	for (const c of spec.columns) {
		if (!index.has(c.name)) {
			ok = false;
			ctx.problems.add({ file: table.file, line: table.headerLine, column: c.name, message: `缺少列（${c.name} 或 ${c.zh}）` });
		}
	}
	return ok ? index : null;
}

function fail(ctx: Context, table: RawTable, line: number, column: string, message: string): undefined {
	ctx.problems.add({ file: table.file, line, column, message });
	return undefined;
}

/** Control characters (C0, DEL, C1): never in a name or code; a free text may hold tabs and line breaks. */
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINES = /(?![\t\n\r])\p{Cc}/u;

/** Checks and resolves one cell; returns undefined (after reporting) when it is not valid. */
function checkCell(kind: CellKind, value: string, row: Row, column: string, table: RawTable, ctx: Context, r: Resolvers): string | undefined {
	// No closures here: this runs for every cell of every file.
	const line = row.line;
	if (value === '') return kind === 'optional_text' ? '' : fail(ctx, table, line, column, '不能为空');
	switch (kind) {
		case 'text':
		case 'optional_text': {
			// An invisible character (NUL, an escape) in a name shows one name as another, or ends it early.
			const bad = (kind === 'text' ? CONTROL : CONTROL_BUT_LINES).exec(value);
			return bad ? fail(ctx, table, line, column, `含控制字符 U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}，请删除`) : value;
		}
		case 'count': {
			if (!WHOLE.test(value)) return fail(ctx, table, line, column, `应为不小于 0 的整数，而不是 “${value}”`);
			const n = Number(value);
			if (!Number.isSafeInteger(n)) return fail(ctx, table, line, column, `数值过大：${value}`);
			row.counts[column] = n;
			return value;
		}
		case 'points':
			return isDecimal(value) ? value : fail(ctx, table, line, column, `应为数字，而不是 “${value}”`);
		case 'unit':
			return ctx.units.has(value) ? value : fail(ctx, table, line, column, `单位 “${value}” 不在 units 中`);
		case 'cadre':
			return ctx.cadres.has(value) ? value : fail(ctx, table, line, column, `干部 “${value}” 不在 cadres 中`);
		case 'group':
			return r.group(value) ?? fail(ctx, table, line, column, `考核组 “${value}” 不在政策中`);
		case 'template':
			return r.template(value) ?? fail(ctx, table, line, column, `单位类型 “${value}” 不在政策中`);
		case 'veto':
			return r.veto(value) ?? fail(ctx, table, line, column, `否决项目 “${value}” 不在政策中`);
		case 'team_aspect':
			return r.teamAspect(value) ?? fail(ctx, table, line, column, `测评项目 “${value}” 不是政策的班子测评项目`);
		case 'cadre_aspect':
			return r.cadreAspect(value) ?? fail(ctx, table, line, column, `测评项目 “${value}” 不是政策的干部测评项目`);
		case 'rater_group':
			return r.raterGroup(value) ?? fail(ctx, table, line, column, `测评人类别 “${value}” 不在政策的 rater_groups 中`);
		case 'role':
			return r.role(value) ?? fail(ctx, table, line, column, `职务类别 “${value}” 未知（${Object.keys(ROLES).join('、')}）`);
		case 'cadre_grade':
			return r.grade(value) ?? fail(ctx, table, line, column, `等次 “${value}” 未知（${Object.keys(CADRE_GRADES).join('、')}）`);
		case 'item': {
			const unit = ctx.units.get(row.values.unit_id ?? '');
			if (!unit) return undefined; // the unit itself is already reported
			return r.items.get(unit.template)?.(value) ?? fail(ctx, table, line, column, `考核项目 “${value}” 不属于单位类型 “${unit.template}”`);
		}
	}
}

interface Resolvers {
	group: (v: string) => string | undefined;
	template: (v: string) => string | undefined;
	veto: (v: string) => string | undefined;
	teamAspect: (v: string) => string | undefined;
	cadreAspect: (v: string) => string | undefined;
	raterGroup: (v: string) => string | undefined;
	role: (v: string) => string | undefined;
	grade: (v: string) => string | undefined;
	items: Map<string, (v: string) => string | undefined>;
}

function resolvers(policy: Policy): Resolvers {
	return {
		group: resolver(policy.groups),
		template: resolver(policy.templates),
		veto: resolver(policy.veto_items),
		teamAspect: resolver(policy.democratic.team_aspects),
		cadreAspect: resolver(policy.democratic.cadre_aspects),
		raterGroup: resolver(policy.democratic.rater_groups ?? []),
		role: enumResolver(ROLES),
		grade: enumResolver(CADRE_GRADES),
		items: new Map(policy.templates.map((t) => [t.id, resolver(t.items)]))
	};
}

/** Reads the rows of one table whose every cell is valid; reports the others and repeated keys. */
function readTable(table: RawTable, spec: TableSpec, ctx: Context, r: Resolvers): Row[] {
	const index = mapHeader(table, spec, ctx);
	if (!index) return [];
	const rows: Row[] = [];
	const keys = new Map<string, number>();
	const columns = spec.columns.map((c) => ({ name: c.name, kind: c.kind, at: index.get(c.name)! }));
	for (const raw of table.rows) {
		const row: Row = { line: raw.line, values: {}, counts: {} };
		let ok = true;
		for (const c of columns) {
			const v = checkCell(c.kind, raw.cells[c.at] ?? '', row, c.name, table, ctx, r);
			if (v === undefined) ok = false;
			else row.values[c.name] = v;
		}
		if (!ok) continue;
		let key = row.values[spec.key[0]!]!;
		for (let k = 1; k < spec.key.length; k++) key += '\u0000' + row.values[spec.key[k]!];
		const first = keys.get(key);
		if (first !== undefined) {
			ctx.problems.add({
				file: table.file,
				line: row.line,
				column: spec.key.join('+'),
				message: `键 ${key.replaceAll('\u0000', '+')} 重复（第 ${first} 行已有）`
			});
			continue;
		}
		keys.set(key, row.line);
		rows.push(row);
	}
	return rows;
}

function checkYear(raw: RawBundle, problems: ProblemList): number | undefined {
	const y = raw.manifest.year;
	const text = typeof y === 'number' ? String(y) : typeof y === 'string' ? y.trim() : '';
	if (!WHOLE.test(text) || !Number.isSafeInteger(Number(text))) {
		problems.add({ file: raw.manifestFile, column: 'year', message: `年度应为整数，而不是 ${JSON.stringify(y ?? null)}` });
		return undefined;
	}
	return Number(text);
}

export interface ValidateOptions {
	policyDir?: string;
}

/** Checks a raw bundle; returns the normalized bundle or throws BundleRejected with every problem. */
export async function validateBundle(raw: RawBundle, options: ValidateOptions = {}): Promise<Bundle> {
	const problems = new ProblemList();
	const year = checkYear(raw, problems);
	const resolved = await resolvePolicy(raw, options.policyDir);
	resolved.problems.forEach((p) => problems.add(p));
	const policy = resolved.policy;
	if (!policy || year === undefined || problems.size) throw new BundleRejected(problems.items, problems.dropped);

	const ctx: Context = { policy, problems, warnings: [], units: new Map(), cadres: new Map() };
	const r = resolvers(policy);
	const specs = tablesFor(policy);

	for (const [file, table] of raw.tables) {
		const needs = CONDITIONAL_FILES[file];
		if (needs && !needs.has(policy))
			problems.add({ file: table.file, message: `政策 ${policy.id} 没有${NEEDS_LABEL[needs.field]}（${needs.field}），不能提供此文件` });
		else if (!specs.has(file)) ctx.warnings.push(`${table.file}: 未定义的文件，已忽略`);
	}
	const read = (file: string): Row[] => {
		const spec = specs.get(file);
		const table = raw.tables.get(file);
		if (!spec) return [];
		if (!table) {
			if (spec.required) problems.add({ file: fileName(file), message: raw.manifestFile === 'bundle' ? '缺少必需的工作表' : '缺少必需的文件' });
			return [];
		}
		return readTable(table, spec, ctx, r);
	};
	// How a file is named in problems: its own name, or in a workbook the sheet's name.
	const fileName = (file: string) => raw.tables.get(file)?.file ?? (raw.manifestFile === 'bundle' ? file.replace(/\.csv$/, '') : file);

	// Units and cadres first: the other files refer to them.
	const units = read('units.csv');
	for (const u of units) ctx.units.set(u.values.unit_id!, { template: u.values.template!, line: u.line });
	const cadres = read('cadres.csv');
	for (const c of cadres) ctx.cadres.set(c.values.cadre_id!, { unit_id: c.values.unit_id! });

	const templates = new Map(policy.templates.map((t) => [t.id, t]));

	// Target scores: range, and every item of the unit's template exactly once.
	const scores = read('target_scores.csv');
	const scored = new Set<string>();
	for (const s of scores) {
		const unit = ctx.units.get(s.values.unit_id!)!;
		const item = templates.get(unit.template)!.items.find((i) => i.id === s.values.item_id)!;
		const p = scaled(s.values.points!);
		if (p < 0n || p > scaled(numberText(item.max))) {
			problems.add({
				file: fileName('target_scores.csv'),
				line: s.line,
				column: 'points',
				message: `得分 ${s.values.points} 超出范围 0..${numberText(item.max)}`
			});
		}
		scored.add(`${s.values.unit_id}\u0000${s.values.item_id}`);
	}
	if (raw.tables.has('target_scores.csv')) {
		for (const u of units) {
			for (const item of templates.get(u.values.template!)!.items) {
				if (!scored.has(`${u.values.unit_id}\u0000${item.id}`))
					problems.add({
						file: fileName('target_scores.csv'),
						column: 'item_id',
						message: `单位 ${u.values.unit_id} 缺少考核项目 “${item.id}” 的得分`
					});
			}
		}
	}

	// Vetoes: only the veto items of the unit's template.
	const vetoes = read('vetoes.csv');
	for (const v of vetoes) {
		const unit = ctx.units.get(v.values.unit_id!)!;
		if (!templates.get(unit.template)!.vetoes.includes(v.values.item_id!))
			problems.add({
				file: fileName('vetoes.csv'),
				line: v.line,
				column: 'item_id',
				message: `否决项目 “${v.values.item_id}” 不在单位类型 “${unit.template}” 的否决项目中`
			});
	}

	// Ballots: every subject has every aspect, and an aspect's ballots add up to more than 0.
	const ballots = (
		file: string,
		subjectColumn: 'unit_id' | 'cadre_id',
		subjects: Iterable<string>,
		aspects: Named[],
		countColumns: string[]
	) => {
		const rows = read(file);
		// Aspects are valid by now, so a subject with rows for as many aspects as there are has
		// them all; only a subject with fewer is looked at aspect by aspect. With rater groups a
		// subject may lack a group, never an aspect.
		const perSubject = new Map<string, Set<string>>();
		for (const b of rows) {
			const subject = b.values[subjectColumn]!;
			let seen = perSubject.get(subject);
			if (!seen) perSubject.set(subject, (seen = new Set()));
			seen.add(b.values.aspect_id!);
			let total = 0;
			for (const c of countColumns) total += b.counts[c]!;
			if (total === 0) problems.add({ file: fileName(file), line: b.line, column: 'aspect_id', message: '该测评项目的票数合计为 0' });
		}
		if (raw.tables.has(file)) {
			for (const s of subjects) {
				if (perSubject.get(s)?.size === aspects.length) continue;
				const have = new Set(rows.filter((b) => b.values[subjectColumn] === s).map((b) => b.values.aspect_id));
				for (const a of aspects)
					if (!have.has(a.id))
						problems.add({
							file: fileName(file),
							column: 'aspect_id',
							message: `${subjectColumn === 'unit_id' ? '单位' : '干部'} ${s} 缺少测评项目 “${a.id}” 的票`
						});
			}
		}
		return rows;
	};
	const teamCols = ['good', 'fairly_good', 'average', 'poor'];
	const cadreCols = Object.keys(CADRE_GRADES);
	const teamBallots = ballots('team_ballots.csv', 'unit_id', ctx.units.keys(), policy.democratic.team_aspects, teamCols);
	const cadreBallots = ballots('cadre_ballots.csv', 'cadre_id', ctx.cadres.keys(), policy.democratic.cadre_aspects, cadreCols);

	// Reverse evaluation: ticks never exceed participants; usage intents together neither.
	const teamReverse: Bundle['teamReverse'] = [];
	const cadreReverse: Bundle['cadreReverse'] = [];
	if (policy.reverse) {
		const usage = Object.keys(USAGE_INTENTS);
		const reverse = (file: string, aspects: Named[], extra: string[], emit: (row: Row, aspect: string) => void) => {
			for (const row of read(file)) {
				const participants = row.counts.participants!;
				for (const a of [...aspects.map((x) => x.id), ...extra]) {
					if (row.counts[a]! > participants)
						problems.add({ file: fileName(file), line: row.line, column: a, message: `人数 ${row.counts[a]} 超过参评人数 ${participants}` });
					emit(row, a);
				}
				if (extra.length) {
					const sum = extra.reduce((s, a) => s + row.counts[a]!, 0);
					if (sum > participants)
						problems.add({
							file: fileName(file),
							line: row.line,
							column: extra.join('+'),
							message: `使用意向合计 ${sum} 超过参评人数 ${participants}`
						});
				}
			}
		};
		reverse('team_reverse.csv', policy.reverse.team_aspects, [], (row, a) =>
			teamReverse.push({ unit_id: row.values.unit_id!, aspect_id: a, participants: row.counts.participants!, ticks: row.counts[a]! })
		);
		reverse('cadre_reverse.csv', policy.reverse.cadre_aspects, usage, (row, a) =>
			cadreReverse.push({ cadre_id: row.values.cadre_id!, aspect_id: a, participants: row.counts.participants!, ticks: row.counts[a]! })
		);
	}

	// PK votes: only under a policy with a competitive vote. Candidacy is checked after loading.
	const pkRows = read('pk_votes.csv');
	if (policy.excellence.pk_ratio === null && pkRows.length)
		problems.add({ file: fileName('pk_votes.csv'), message: `政策 ${policy.id} 没有同台PK（pk_ratio 为 null），不能有 PK 票` });

	const finalGrades = read('final_grades.csv');

	// Periodic scores (平时考核): points 0..100, and every unit at least one row.
	const periodic = policy.periodic ? read('periodic_scores.csv') : [];
	if (policy.periodic && raw.tables.has('periodic_scores.csv')) {
		const max = scaled(PERIODIC_MAX);
		const have = new Set<string>();
		for (const p of periodic) {
			const v = scaled(p.values.points!);
			if (v < 0n || v > max)
				problems.add({ file: fileName('periodic_scores.csv'), line: p.line, column: 'points', message: `得分 ${p.values.points} 超出范围 0..${PERIODIC_MAX}` });
			have.add(p.values.unit_id!);
		}
		for (const u of units)
			if (!have.has(u.values.unit_id!))
				problems.add({ file: fileName('periodic_scores.csv'), column: 'unit_id', message: `单位 ${u.values.unit_id} 没有平时考核得分` });
	}

	// Comments (评语): a filled text cell, the key as for any file.
	const teamComments = read('team_comments.csv');
	const cadreComments = read('cadre_comments.csv');

	if (problems.size) throw new BundleRejected(problems.items, problems.dropped);

	return {
		year,
		policy,
		policySource: resolved.source!,
		checksum: raw.checksum,
		units: units.map((u) => ({
			unit_id: u.values.unit_id!,
			name: u.values.name!,
			group_id: u.values.group_id!,
			template: u.values.template!,
			staff: u.counts.staff!
		})),
		cadres: cadres.map((c) => ({ cadre_id: c.values.cadre_id!, name: c.values.name!, unit_id: c.values.unit_id!, role: c.values.role! })),
		targetScores: scores.map((s) => ({ unit_id: s.values.unit_id!, item_id: s.values.item_id!, points: s.values.points! })),
		vetoes: vetoes.map((v) => ({ unit_id: v.values.unit_id!, item_id: v.values.item_id!, reason: v.values.reason! })),
		teamBallots: teamBallots.map((b) => ({
			unit_id: b.values.unit_id!,
			aspect_id: b.values.aspect_id!,
			rater_group: b.values.rater_group ?? null,
			counts: [b.counts.good!, b.counts.fairly_good!, b.counts.average!, b.counts.poor!]
		})),
		cadreBallots: cadreBallots.map((b) => ({
			cadre_id: b.values.cadre_id!,
			aspect_id: b.values.aspect_id!,
			rater_group: b.values.rater_group ?? null,
			counts: [b.counts.excellent!, b.counts.competent!, b.counts.basically_competent!, b.counts.incompetent!]
		})),
		teamReverse,
		cadreReverse,
		pkVotes: pkRows.map((p) => ({ unit_id: p.values.unit_id!, votes: p.counts.votes!, line: p.line, file: fileName('pk_votes.csv') })),
		finalGrades: finalGrades.map((g) => ({ cadre_id: g.values.cadre_id!, grade: g.values.grade! })),
		periodicScores: periodic.map((p) => ({ unit_id: p.values.unit_id!, period: p.values.period!, points: p.values.points! })),
		teamComments: teamComments.map((c) => ({ unit_id: c.values.unit_id!, comment: c.values.comment! })),
		cadreComments: cadreComments.map((c) => ({ cadre_id: c.values.cadre_id!, comment: c.values.comment! })),
		warnings: ctx.warnings
	};
}
