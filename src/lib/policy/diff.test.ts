// diffJson finds what changed between two policies (things with ids matched by id), and
// describeChange names each change with its values, in Chinese and in English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeChange, diffJson, diffPolicies, jsonEqual } from './diff';
import { policySchema, type Policy } from './schema';
import { translator } from '../i18n/index';
import { projectPath } from '../paths';

const load = (id: string): Policy => policySchema.parse(JSON.parse(readFileSync(projectPath('data', 'policy', `${id}.json`), 'utf8')));
const p2001 = load('qianjiang-2001');
const p2004 = load('qianjiang-2004');
const p2006 = load('qianjiang-2006');
const clone = (p: Policy): Policy => structuredClone(p);
const en = { t: translator('en'), locale: 'en' };

describe('jsonEqual', () => {
	it('ignores the order of object keys but not of lists', () => {
		expect(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
		expect(jsonEqual([1, 2], [2, 1])).toBe(false);
		expect(jsonEqual({ a: null }, {})).toBe(false);
	});
});

describe('diffJson', () => {
	it('finds nothing between equal values', () => {
		expect(diffJson(p2006, clone(p2006))).toEqual([]);
	});

	it('reports changed, added and removed keys at their own path', () => {
		expect(diffJson({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 5 }, e: true })).toEqual([
			{ path: ['b', 'c'], before: 2, after: 5 },
			{ path: ['b', 'd'], before: 3, after: undefined },
			{ path: ['e'], before: undefined, after: true }
		]);
	});

	it('matches things with ids by id, so a reordered list is no change and an insertion is one', () => {
		const a = [{ id: 'x', v: 1 }, { id: 'y', v: 2 }];
		expect(diffJson(a, [a[1], a[0]])).toEqual([]);
		expect(diffJson(a, [{ id: 'w', v: 0 }, ...a])).toEqual([{ path: ['w'], before: undefined, after: { id: 'w', v: 0 } }]);
		expect(diffJson(a, [{ id: 'x', v: 1 }, { id: 'y', v: 3 }])).toEqual([{ path: ['y', 'v'], before: 2, after: 3 }]);
	});

	it('compares other lists as a whole', () => {
		expect(diffJson({ v: ['a', 'b'] }, { v: ['a'] })).toEqual([{ path: ['v'], before: ['a', 'b'], after: ['a'] }]);
	});
});

describe('diffPolicies on the district policies', () => {
	it('2001 → 2004 adds the reverse evaluation', () => {
		expect(diffPolicies(p2001, p2004).map((c) => c.path.join('.'))).toEqual(['id', 'name', 'reverse']);
	});

	it('2004 → 2006 brings the competitive vote at 2:1', () => {
		const changes = diffPolicies(p2004, p2006);
		expect(changes.map((c) => c.path.join('.'))).toEqual(['id', 'name', 'excellence.pk_ratio']);
		const pk = describeChange(changes[2]!, p2004, p2006);
		expect(pk).toEqual({ key: 'excellence.pk_ratio', label: '同台PK票决比例', before: '无同台PK', after: '2:1' });
		expect(describeChange(changes[2]!, p2004, p2006, en)).toEqual({
			key: 'excellence.pk_ratio',
			label: 'Competitive vote ratio',
			before: 'No competitive vote',
			after: '2:1'
		});
	});

	it('names the reverse evaluation it adds', () => {
		const [, , reverse] = diffPolicies(p2001, p2004);
		expect(describeChange(reverse!, p2001, p2004)).toEqual({
			key: 'reverse',
			label: '反向测评',
			before: '无',
			after: `有（领导班子 ${p2004.reverse!.team_aspects.length} 个方面、领导干部 ${p2004.reverse!.cadre_aspects.length} 个方面）`
		});
	});
});

describe('describeChange', () => {
	const before = p2006;
	const after = clone(p2006);
	after.composite.member_target_weight = 0.3;
	after.groups[2]!.bottom_two_exempt = false;
	after.groups.push({ id: 'T4', name: '街道镇乡四组', category: 'township', bottom_two_exempt: false });
	after.templates[0]!.items[0]!.max = 35;
	after.templates[0]!.items[1]!.max = 15;
	after.templates[1]!.vetoes = ['public_security'];
	after.democratic.team_aspects[0]!.weight = 2;
	after.democratic.cadre_factors.competent = 0.75;
	after.democratic.bands.second = 85;
	after.excellence.quota.township = 10;
	after.reverse!.flag_share = 0.25;
	after.reward.per_point_per_capita = 35;
	after.reward.basic_rate = 0.7;
	after.reward.extra.outstanding = 50000;
	after.unit_grades.basic_min = 75;
	after.bottom_two.size = 3;
	const described = Object.fromEntries(diffPolicies(before, after).map((c) => [c.path.join('.'), describeChange(c, before, after)]));

	it('describes each kind of parameter in words with its unit', () => {
		expect(Object.keys(described)).toHaveLength(16);
		const row = (key: string) => {
			const d = described[key]!;
			return [d.label, d.before, d.after];
		};
		expect(row('composite.member_target_weight')).toEqual(['其他班子成员综合得分中目标考核的权重', '40%', '30%']);
		expect(row('groups.D3.bottom_two_exempt')).toEqual(['考核组“中央、市在黔单位组”的不参加后两名排位', '是', '否']);
		expect(row('groups.T4')).toEqual(['考核组“街道镇乡四组”', '无', '有']);
		expect(row('templates.department.items.key_work.max')).toEqual(['考核内容“区直部门”中“重点工作”的满分', '40 分', '35 分']);
		expect(row('templates.township.vetoes')).toEqual(['考核内容“街道镇乡”的一票否决项目', '综治、计生、安全', '综治']);
		expect(row('democratic.team_aspects.political.weight')).toEqual(['领导班子民主测评项目“思想政治建设”的权重', '1', '2']);
		expect(row('democratic.cadre_factors.competent')).toEqual(['领导干部民主测评“称职”票的折算系数', '0.8', '0.75']);
		expect(row('democratic.bands.second')).toEqual(['民主测评“较好”（“称职”）分数线', '80 分', '85 分']);
		expect(row('excellence.quota.township')).toEqual(['街道镇乡“特优”候选名额', '8', '10']);
		expect(row('reverse.flag_share')).toEqual(['反向测评预警线', '33.33%', '25%']);
		expect(row('reward.per_point_per_capita')).toEqual(['人均每分奖励标准', '30 元', '35 元']);
		expect(row('reward.basic_rate')).toEqual(['“基本达标”单位奖金计发比例', '80%', '70%']);
		expect(row('reward.extra.outstanding')).toEqual(['“特优”单位另发的奖励', '40,000 元', '50,000 元']);
		expect(row('unit_grades.basic_min')).toEqual(['“基本达标”分数线', '80 分', '75 分']);
		expect(row('bottom_two.size')).toEqual(['“后两名”名额', '2', '3']);
	});

	it('speaks English when asked', () => {
		const c = diffPolicies(before, after).find((x) => x.path.join('.') === 'reward.extra.outstanding')!;
		expect(describeChange(c, before, after, en)).toEqual({
			key: 'reward.extra.outstanding',
			label: 'Extra reward of Outstanding units',
			before: '40,000 yuan',
			after: '50,000 yuan'
		});
	});
});
