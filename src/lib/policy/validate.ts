// Turns a parsed JSON value into a Policy, or into the list of what is wrong with it, each
// naming the field by its path (e.g. `templates[1].items`), as CONTRACT.md asks.
import { policySchema, UNIT_GRADES, type Policy } from './schema.js';
import { TEAM_REVERSE_FIXED, CADRE_REVERSE_FIXED } from '../bundle/tables.js';

export interface PolicyProblem {
	field: string;
	message: string;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

function path(parts: readonly PropertyKey[]): string {
	let out = '';
	for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
	return out || '(policy)';
}

/** The largest magnitude and the most fractional digits a policy number may have (second edition). */
const NUMBER_MAX = 1e20;
const FRACTION_DIGITS_MAX = 12;

/** Fractional digits of a number in its shortest decimal form (1e-13 has 13, 1.5e-7 has 8). */
function fractionDigits(n: number): number {
	const [mantissa, exponent = '0'] = String(n).split('e');
	const frac = mantissa!.split('.')[1]?.length ?? 0;
	return Math.max(0, frac - Number(exponent));
}

/** Every number anywhere in the policy, checked before the schema: the rules store them as DECIMAL(38,12). */
function checkNumbers(value: unknown, at: PropertyKey[], add: (field: string, message: string) => void): void {
	if (typeof value === 'number') {
		if (!Number.isFinite(value) || Math.abs(value) > NUMBER_MAX) add(path(at), `数值 ${value} 超出 ±10^20`);
		else if (fractionDigits(value) > FRACTION_DIGITS_MAX) add(path(at), `数值 ${value} 的小数超过 ${FRACTION_DIGITS_MAX} 位`);
	} else if (Array.isArray(value)) value.forEach((v, i) => checkNumbers(v, [...at, i], add));
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkNumbers(v, [...at, k], add);
}

export function validatePolicy(value: unknown): PolicyResult {
	const problems: PolicyProblem[] = [];
	const add = (field: string, message: string) => problems.push({ field, message });
	checkNumbers(value, [], add);
	const parsed = policySchema.safeParse(value);
	if (!parsed.success) {
		for (const i of parsed.error.issues) add(path(i.path), i.message);
		return { ok: false, problems };
	}
	const policy = parsed.data;

	const unique = (list: { id: string }[], field: string) => {
		const seen = new Set<string>();
		list.forEach((x, i) => {
			if (seen.has(x.id)) add(`${field}[${i}].id`, `id “${x.id}” 重复`);
			seen.add(x.id);
		});
	};
	unique(policy.groups, 'groups');
	unique(policy.veto_items, 'veto_items');
	unique(policy.templates, 'templates');
	unique(policy.democratic.team_aspects, 'democratic.team_aspects');
	unique(policy.democratic.cadre_aspects, 'democratic.cadre_aspects');

	policy.groups.forEach((g, i) => {
		if (policy.excellence.quota[g.category] === undefined)
			add(`groups[${i}].category`, `类别 ${g.category} 在 excellence.quota 中没有名额`);
	});

	const vetoIds = new Set(policy.veto_items.map((v) => v.id));
	policy.templates.forEach((t, i) => {
		unique(t.items, `templates[${i}].items`);
		// Maxima are compared in hundredths so that 12.5 + 87.5 is exactly 100.
		const total = t.items.reduce((s, it) => s + Math.round(it.max * 1e6), 0);
		if (total !== 100e6) add(`templates[${i}].items`, `各项目满分之和应为 100（百分制），现为 ${total / 1e6}`);
		t.vetoes.forEach((v, j) => {
			if (!vetoIds.has(v)) add(`templates[${i}].vetoes[${j}]`, `否决项目 “${v}” 不在 veto_items 中`);
		});
	});

	const { qualified_min, basic_min } = policy.unit_grades;
	if (basic_min > qualified_min) add('unit_grades.basic_min', `basic_min (${basic_min}) 不能大于 qualified_min (${qualified_min})`);

	const { top, second, third } = policy.democratic.bands;
	if (!(top >= second && second >= third)) add('democratic.bands', '应满足 top ≥ second ≥ third');

	const ratio = policy.excellence.pk_ratio;
	if (ratio !== null && !(ratio >= 1)) add('excellence.pk_ratio', 'pk_ratio 应为 null 或不小于 1');

	for (const key of Object.keys(policy.reward.extra)) {
		if (!(UNIT_GRADES as readonly string[]).includes(key))
			add(`reward.extra.${key}`, `“${key}” 不是单位等次代码（${UNIT_GRADES.join('、')}）`);
	}

	if (policy.reverse) {
		unique(policy.reverse.team_aspects, 'reverse.team_aspects');
		unique(policy.reverse.cadre_aspects, 'reverse.cadre_aspects');
		const collide = (list: { id: string; name: string }[], fixed: readonly { name: string; zh: string }[], field: string) => {
			const taken = new Set(fixed.flatMap((c) => [c.name.toLowerCase(), c.zh.toLowerCase()]));
			list.forEach((a, i) => {
				if (taken.has(a.id.toLowerCase())) add(`${field}[${i}].id`, `id “${a.id}” 与该文件的列名冲突`);
				else if (taken.has(a.name.toLowerCase())) add(`${field}[${i}].name`, `名称 “${a.name}” 与该文件的列名冲突`);
			});
		};
		collide(policy.reverse.team_aspects, TEAM_REVERSE_FIXED, 'reverse.team_aspects');
		collide(policy.reverse.cadre_aspects, CADRE_REVERSE_FIXED, 'reverse.cadre_aspects');
	}

	if (policy.democratic.rater_groups) unique(policy.democratic.rater_groups, 'democratic.rater_groups');

	return problems.length ? { ok: false, problems } : { ok: true, policy };
}
