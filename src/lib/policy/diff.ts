// What changed from one year's policy to another's: diffJson compares two JSON values (lists of
// things with an `id` are matched by id, so a reordered or added group is one change, not a shift
// of every later one), and describeChange names a change of a policy in a reader's words with its
// values before and after (for the policy page's "compare with the year before" note). Pure.
import { CADRE_GRADES, CATEGORY_LABELS, TEAM_BANDS, UNIT_GRADE_LABELS } from '../labels.js';
import { translator, type T } from '../i18n/index.js';
import type { Policy } from './schema.js';

/** One difference: `before`/`after` are undefined where the value is absent on that side. */
export interface JsonChange {
	/** Object keys, and for a list of things with ids the thing's id. */
	path: string[];
	before: unknown;
	after: unknown;
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of JSON values (object key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
	if (isObject(a) && isObject(b)) {
		const ka = Object.keys(a);
		return ka.length === Object.keys(b).length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
	}
	return false;
}

/** A list whose items are all objects with distinct string ids, as a map id → item; else null. */
function byId(list: unknown[]): Map<string, unknown> | null {
	const m = new Map<string, unknown>();
	for (const x of list) {
		if (!isObject(x) || typeof x.id !== 'string' || m.has(x.id)) return null;
		m.set(x.id, x);
	}
	return m;
}

/**
 * The differences between two JSON values, in the order of `after` (then what only `before` has).
 * Objects are compared key by key and lists of things with ids thing by thing; any other list,
 * and any value of another kind, is one change as a whole.
 */
export function diffJson(before: unknown, after: unknown, path: string[] = []): JsonChange[] {
	if (jsonEqual(before, after)) return [];
	if (isObject(before) && isObject(after)) {
		const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
		return keys.flatMap((k) => diffJson(before[k], after[k], [...path, k]));
	}
	if (Array.isArray(before) && Array.isArray(after)) {
		const a = byId(before);
		const b = byId(after);
		if (a && b && (a.size > 0 || b.size > 0)) {
			const ids = [...new Set([...b.keys(), ...a.keys()])];
			return ids.flatMap((id) => diffJson(a.get(id), b.get(id), [...path, id]));
		}
	}
	return [{ path, before, after }];
}

/** The policy changes from `before` to `after`. */
export function diffPolicies(before: Policy, after: Policy): JsonChange[] {
	return diffJson(before, after);
}

/** A change in a reader's words: what changed and its values before and after, formatted. */
export interface ChangeText {
	/** The path joined with dots, e.g. `excellence.pk_ratio` or `groups.D3.bottom_two_exempt`. */
	key: string;
	label: string;
	before: string;
	after: string;
}

type Kind =
	| 'number'
	| 'score'
	| 'percent'
	| 'money'
	| 'ratio'
	| 'category'
	| 'bool'
	| 'vetoes'
	| 'reverse'
	| 'thing'
	| 'text'
	| 'raterGroups'
	| 'periodic'
	| 'cadreRules'
	| 'bands';

interface I18nLike {
	t: T;
	locale: string;
}

const named = (x: unknown): string | undefined => (isObject(x) && typeof x.name === 'string' ? x.name : undefined);

/** The name of the thing with id `id` in a list of either policy (the newer one first). */
function nameIn(lists: unknown[], id: string): string {
	for (const l of lists) if (Array.isArray(l)) for (const x of l) if (isObject(x) && x.id === id && typeof x.name === 'string') return x.name;
	return id;
}

/** The label and value kind of a change's path, in Chinese (translated by the caller's t). */
function labelOf(path: string[], before: Policy, after: Policy, t: T): { label: string; kind: Kind } {
	const [head, a, b, c, d] = path;
	const both = <K extends keyof Policy>(k: K) => [after[k], before[k]];
	switch (head) {
		case 'id':
			return { label: t('考核办法编号'), kind: 'text' };
		case 'name':
			return { label: t('考核办法名称'), kind: 'text' };
		case 'groups': {
			const group = nameIn(both('groups'), a!);
			if (b === undefined) return { label: t('考核组“{name}”', { name: group }), kind: 'thing' };
			const field = { name: t('名称'), category: t('类别'), bottom_two_exempt: t('不参加后两名排位') }[b];
			if (field)
				return {
					label: t('考核组“{name}”的{field}', { name: group, field }),
					kind: b === 'category' ? 'category' : b === 'bottom_two_exempt' ? 'bool' : 'text'
				};
			break;
		}
		case 'veto_items': {
			const veto = nameIn(both('veto_items'), a!);
			if (b === undefined) return { label: t('一票否决项目“{name}”', { name: veto }), kind: 'thing' };
			if (b === 'name') return { label: t('一票否决项目 {id} 的名称', { id: a! }), kind: 'text' };
			break;
		}
		case 'templates': {
			const template = nameIn(both('templates'), a!);
			if (b === undefined) return { label: t('考核内容“{name}”', { name: template }), kind: 'thing' };
			if (b === 'name') return { label: t('考核内容 {id} 的名称', { id: a! }), kind: 'text' };
			if (b === 'vetoes') return { label: t('考核内容“{name}”的一票否决项目', { name: template }), kind: 'vetoes' };
			if (b === 'items' && c !== undefined) {
				const items = [after.templates, before.templates].map((l) => l.find((x) => x.id === a)?.items);
				const item = nameIn(items, c);
				if (d === undefined) return { label: t('考核内容“{name}”的考核项目“{item}”', { name: template, item }), kind: 'thing' };
				if (d === 'max') return { label: t('考核内容“{name}”中“{item}”的满分', { name: template, item }), kind: 'score' };
				if (d === 'name') return { label: t('考核内容“{name}”中考核项目 {id} 的名称', { name: template, id: c }), kind: 'text' };
			}
			break;
		}
		case 'unit_grades':
			if (a === 'qualified_min') return { label: t('“达标”分数线'), kind: 'score' };
			if (a === 'basic_min') return { label: t('“基本达标”分数线'), kind: 'score' };
			break;
		case 'democratic': {
			if (a === 'team_aspects' || a === 'cadre_aspects') {
				const list = [after.democratic[a], before.democratic[a]];
				const aspect = nameIn(list, b!);
				const team = a === 'team_aspects';
				if (c === undefined)
					return { label: team ? t('领导班子民主测评项目“{name}”', { name: aspect }) : t('领导干部民主测评项目“{name}”', { name: aspect }), kind: 'thing' };
				if (c === 'weight')
					return { label: team ? t('领导班子民主测评项目“{name}”的权重', { name: aspect }) : t('领导干部民主测评项目“{name}”的权重', { name: aspect }), kind: 'number' };
				if (c === 'name')
					return { label: team ? t('领导班子民主测评项目 {id} 的名称', { id: b! }) : t('领导干部民主测评项目 {id} 的名称', { id: b! }), kind: 'text' };
			}
			if (a === 'team_factors' && b && b in TEAM_BANDS)
				return { label: t('领导班子民主测评“{band}”票的折算系数', { band: t(TEAM_BANDS[b as keyof typeof TEAM_BANDS]) }), kind: 'number' };
			if (a === 'cadre_factors' && b && b in CADRE_GRADES)
				return { label: t('领导干部民主测评“{band}”票的折算系数', { band: t(CADRE_GRADES[b as keyof typeof CADRE_GRADES]) }), kind: 'number' };
			if (a === 'rater_groups') {
				if (b === undefined) return { label: t('分层次测评的测评人类别'), kind: 'raterGroups' };
				const group = nameIn([after.democratic.rater_groups, before.democratic.rater_groups], b);
				if (c === undefined) return { label: t('测评人类别“{name}”', { name: group }), kind: 'thing' };
				if (c === 'weight') return { label: t('测评人类别“{name}”的权重', { name: group }), kind: 'number' };
				if (c === 'name') return { label: t('测评人类别 {id} 的名称', { id: b }), kind: 'text' };
			}
			if (a === 'bands') {
				const band: Record<string, string> = {
					top: t('民主测评“好”（“优秀”）分数线'),
					second: t('民主测评“较好”（“称职”）分数线'),
					third: t('民主测评“一般”（“基本称职”）分数线')
				};
				if (b && band[b]) return { label: band[b], kind: 'score' };
			}
			break;
		}
		case 'composite':
			if (a === 'principal_target_weight') return { label: t('领导班子和党政主要负责人综合得分中目标考核的权重'), kind: 'percent' };
			if (a === 'member_target_weight') return { label: t('其他班子成员综合得分中目标考核的权重'), kind: 'percent' };
			break;
		case 'excellence':
			if (a === 'quota' && b !== undefined)
				return { label: t('{category}“特优”候选名额', { category: t(CATEGORY_LABELS[b] ?? b) }), kind: 'number' };
			if (a === 'pk_ratio') return { label: t('同台PK票决比例'), kind: 'ratio' };
			break;
		case 'bottom_two':
			if (a === 'size') return { label: t('“后两名”名额'), kind: 'number' };
			break;
		case 'reverse': {
			if (a === undefined) return { label: t('反向测评'), kind: 'reverse' };
			if (a === 'flag_share') return { label: t('反向测评预警线'), kind: 'percent' };
			if (a === 'team_aspects' || a === 'cadre_aspects') {
				const aspect = nameIn([after.reverse?.[a], before.reverse?.[a]], b!);
				const team = a === 'team_aspects';
				if (c === undefined)
					return { label: team ? t('领导班子反向测评方面“{name}”', { name: aspect }) : t('领导干部反向测评方面“{name}”', { name: aspect }), kind: 'thing' };
				if (c === 'name')
					return { label: team ? t('领导班子反向测评方面 {id} 的名称', { id: b! }) : t('领导干部反向测评方面 {id} 的名称', { id: b! }), kind: 'text' };
			}
			break;
		}
		case 'periodic':
			if (a === undefined) return { label: t('平时考核'), kind: 'periodic' };
			if (a === 'weight') return { label: t('平时考核在目标考核得分中的权重'), kind: 'percent' };
			break;
		case 'cadre_rules': {
			if (a === undefined) return { label: t('领导干部等次的刚性规定'), kind: 'cadreRules' };
			const field: Record<string, { label: string; kind: Kind }> = {
				incompetent_share_min: { label: t('“不称职”票达到此比例即为不称职'), kind: 'percent' },
				team_bands_bar_excellent: { label: t('领导班子测评为这些档次的，主要负责人不得评为优秀'), kind: 'bands' },
				excellent_share_max: { label: t('“优秀”等次比例上限'), kind: 'percent' },
				admonish_share_below: { label: t('“优秀”和“称职”票低于此比例的诫勉谈话'), kind: 'percent' }
			};
			if (field[a]) return field[a];
			break;
		}
		case 'reward':
			if (a === 'per_point_per_capita') return { label: t('人均每分奖励标准'), kind: 'money' };
			if (a === 'basic_rate') return { label: t('“基本达标”单位奖金计发比例'), kind: 'percent' };
			if (a === 'extra' && b !== undefined) {
				const grade = b in UNIT_GRADE_LABELS ? t(UNIT_GRADE_LABELS[b as keyof typeof UNIT_GRADE_LABELS]) : b;
				return { label: t('“{grade}”单位另发的奖励', { grade }), kind: 'money' };
			}
			break;
	}
	return { label: path.join('.'), kind: 'text' };
}

/** A change's value in words; an absent value is “无”. */
function valueText(v: unknown, kind: Kind, after: Policy, before: Policy, { t, locale }: I18nLike): string {
	if (v === undefined) return t('无');
	const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
	const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
	if (typeof v === 'number') {
		switch (kind) {
			case 'score':
				return t('{n} 分', { n: num.format(v) });
			case 'percent':
				return pct.format(v);
			case 'money':
				return t('{n} 元', { n: num.format(v) });
			case 'ratio':
				return `${num.format(v)}:1`;
			default:
				return num.format(v);
		}
	}
	if (v === null) return kind === 'ratio' ? t('无同台PK') : t('无');
	if (typeof v === 'boolean') return v ? t('是') : t('否');
	if (typeof v === 'string') return kind === 'category' ? t(CATEGORY_LABELS[v] ?? v) : v;
	if (kind === 'vetoes' && Array.isArray(v)) {
		if (v.length === 0) return t('无');
		return v.map((id) => nameIn([after.veto_items, before.veto_items], String(id))).join(t('、'));
	}
	if (kind === 'reverse' && isObject(v)) {
		const r = v as NonNullable<Policy['reverse']>;
		return t('有（领导班子 {team} 个方面、领导干部 {cadre} 个方面）', { team: r.team_aspects.length, cadre: r.cadre_aspects.length });
	}
	if (kind === 'raterGroups' && Array.isArray(v))
		return v.map((g) => t('{name}（权重 {w}）', { name: String((g as Obj).name), w: num.format(Number((g as Obj).weight)) })).join(t('、'));
	if (kind === 'periodic' && isObject(v)) return t('有（权重 {w}）', { w: pct.format(Number(v.weight)) });
	if (kind === 'bands' && Array.isArray(v))
		return v.length === 0 ? t('无') : v.map((b) => t(TEAM_BANDS[b as keyof typeof TEAM_BANDS] ?? String(b))).join(t('、'));
	if (kind === 'cadreRules' && isObject(v)) {
		const n = Object.keys(v).length;
		return n === 0 ? t('有（未设具体规定）') : t('有（{n} 项规定）', { n });
	}
	if (kind === 'thing') {
		const name = named(v);
		if (name !== undefined) return t('有');
	}
	return JSON.stringify(v);
}

/** A policy change in a reader's words, in the language of `i18n` (Chinese by default). */
export function describeChange(change: JsonChange, before: Policy, after: Policy, i18n: I18nLike = { t: translator('zh'), locale: 'zh-CN' }): ChangeText {
	const { label, kind } = labelOf(change.path, before, after, i18n.t);
	return {
		key: change.path.join('.'),
		label,
		before: valueText(change.before, kind, after, before, i18n),
		after: valueText(change.after, kind, after, before, i18n)
	};
}
