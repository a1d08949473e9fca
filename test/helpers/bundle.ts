// Builds small year bundles for tests: a tiny policy and a few units whose every number is
// chosen by the test, written as a bundle folder (CSV) in a temporary directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.js';

export type Table = (string | number)[][]; // first row: header

export interface TestBundle {
	year: number;
	policyId?: string;
	policy?: Record<string, unknown> | null; // written as the bundle's policy.json unless null
	files: Record<string, Table | string>; // file name → rows, or raw text
	bundleJson?: unknown;
}

/** A small valid policy: two groups per category, one template per category, two aspects. */
export function tinyPolicy(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 'tiny',
		name: '测试政策',
		groups: [
			{ id: 'D1', name: '部门一组', category: 'department' },
			{ id: 'D3', name: '在黔单位组', category: 'department', bottom_two_exempt: true },
			{ id: 'T1', name: '乡镇一组', category: 'township' }
		],
		veto_items: [
			{ id: 'safety', name: '安全' },
			{ id: 'planning', name: '计生' }
		],
		templates: [
			{ id: 'dept', name: '区直部门', items: [{ id: 'key', name: '重点工作', max: 60 }, { id: 'party', name: '党建工作', max: 40 }], vetoes: ['safety'] },
			{ id: 'town', name: '街道镇乡', items: [{ id: 'key', name: '重点工作', max: 70 }, { id: 'order', name: '综治', max: 30 }], vetoes: ['safety', 'planning'] }
		],
		unit_grades: { qualified_min: 90, basic_min: 80 },
		democratic: {
			team_aspects: [
				{ id: 'politics', name: '思想政治建设', weight: 1 },
				{ id: 'results', name: '工作实绩', weight: 1 }
			],
			cadre_aspects: [
				{ id: 'integrity', name: '廉洁自律', weight: 1 },
				{ id: 'results', name: '工作实绩', weight: 1 }
			],
			team_factors: { good: 1, fairly_good: 0.8, average: 0.6, poor: 0 },
			cadre_factors: { excellent: 1, competent: 0.8, basically_competent: 0.6, incompetent: 0 },
			bands: { top: 90, second: 80, third: 60 }
		},
		composite: { principal_target_weight: 0.6, member_target_weight: 0.4 },
		excellence: { quota: { department: 2, township: 1 }, pk_ratio: 2 },
		bottom_two: { size: 2 },
		reverse: {
			team_aspects: [{ id: 'unity', name: '团结协作不好' }],
			cadre_aspects: [{ id: 'theory', name: '政策理论水平低' }],
			flag_share: 0.3333
		},
		reward: { per_point_per_capita: 30, basic_rate: 0.8, extra: { excellent: 30000, outstanding: 40000 } },
		...overrides
	};
}

export function csv(rows: Table): string {
	return rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : String(c))).join(',')).join('\n') + '\n';
}

export function writeBundle(b: TestBundle, dir = tempDir('bundle-')): string {
	mkdirSync(dir, { recursive: true });
	const policy = b.policy === undefined ? tinyPolicy() : b.policy;
	const policyId = b.policyId ?? (policy ? String(policy.id) : 'tiny');
	writeFileSync(join(dir, 'bundle.json'), JSON.stringify(b.bundleJson ?? { year: b.year, policy: policyId }));
	if (policy) writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
	for (const [name, content] of Object.entries(b.files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : csv(content));
	return dir;
}

/**
 * A bundle of units given by target points (two items each) and simple ballots: every team and
 * cadre voted `votes` ballots, split as given. One principal leader and one member per unit.
 */
export interface UnitSpec {
	id: string;
	group: string;
	template?: string;
	points: [number | string, number | string];
	staff?: number;
	team?: [number, number, number, number];
	cadres?: { id: string; role?: string; ballots?: [number, number, number, number] }[];
}

export function unitsBundle(year: number, units: UnitSpec[], extra: Record<string, Table> = {}, policy?: Record<string, unknown> | null): TestBundle {
	const tpl = (u: UnitSpec) => u.template ?? (u.group.startsWith('T') ? 'town' : 'dept');
	const items = (u: UnitSpec) => (tpl(u) === 'town' ? ['key', 'order'] : ['key', 'party']);
	const cadres = (u: UnitSpec) => u.cadres ?? [{ id: `${u.id}-s`, role: 'party_secretary' }, { id: `${u.id}-m`, role: 'member' }];
	return {
		year,
		policy,
		files: {
			'units.csv': [['unit_id', 'name', 'group_id', 'template', 'staff'], ...units.map((u) => [u.id, `单位${u.id}`, u.group, tpl(u), u.staff ?? 10])],
			'cadres.csv': [
				['cadre_id', 'name', 'unit_id', 'role'],
				...units.flatMap((u) => cadres(u).map((c) => [c.id, `干部${c.id}`, u.id, c.role ?? 'member']))
			],
			'target_scores.csv': [['unit_id', 'item_id', 'points'], ...units.flatMap((u) => items(u).map((it, i) => [u.id, it, u.points[i]!]))],
			'team_ballots.csv': [
				['unit_id', 'aspect_id', 'good', 'fairly_good', 'average', 'poor'],
				...units.flatMap((u) => ['politics', 'results'].map((a) => [u.id, a, ...(u.team ?? [10, 0, 0, 0])]))
			],
			'cadre_ballots.csv': [
				['cadre_id', 'aspect_id', 'excellent', 'competent', 'basically_competent', 'incompetent'],
				...units.flatMap((u) => cadres(u).flatMap((c) => ['integrity', 'results'].map((a) => [c.id, a, ...(c.ballots ?? [10, 0, 0, 0])])))
			],
			...extra
		}
	};
}

/** The second edition's rater groups of the tests: 区级领导 (weight 3) and 干部职工代表 (weight 7). */
export const RATER_GROUPS = [
	{ id: 'leaders', name: '区级领导', weight: 3 },
	{ id: 'staff', name: '干部职工代表', weight: 7 }
];

/** tinyPolicy with rater groups (or the groups given) in `democratic`. */
export function layeredPolicy(groups: { id: string; name: string; weight: number }[] = RATER_GROUPS, overrides: Record<string, unknown> = {}): Record<string, unknown> {
	const p = tinyPolicy(overrides);
	p.democratic = { ...(p.democratic as Record<string, unknown>), rater_groups: groups };
	return p;
}

/** A ballot table with a rater_group column: every row of `table` once per group given. */
export function layered(table: Table, ...groups: string[]): Table {
	const [header, ...rest] = table;
	return [[...header!, 'rater_group'], ...groups.flatMap((g) => rest.map((r) => [...r, g]))];
}
