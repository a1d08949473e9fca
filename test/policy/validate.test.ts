// The policy checks of CONTRACT.md ("A policy is invalid when: …"), each naming the field.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/lib/policy/validate.js';
import { projectPath } from '../../src/lib/paths.js';
import { tinyPolicy } from '../helpers/bundle.js';

type P = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function fields(edit: (p: P) => void): string[] {
	const p = tinyPolicy() as P;
	edit(p);
	const r = validatePolicy(p);
	return r.ok ? [] : r.problems.map((x) => x.field);
}

describe('validatePolicy', () => {
	it("accepts the district's shipped policies and the test policy", () => {
		const dir = projectPath('data', 'policy');
		for (const f of readdirSync(dir)) expect(validatePolicy(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))).ok, f).toBe(true);
		expect(fields(() => {})).toEqual([]);
	});

	it.each([
		['an id repeats within its list', (p: P) => p.groups.push({ ...p.groups[0] }), 'groups[3].id'],
		['an item id repeats within its template', (p: P) => (p.templates[0].items = [...p.templates[0].items.map((i: P) => ({ ...i, max: 30 })), { id: 'key', name: 'x', max: 40 }]), 'templates[0].items[2].id'],
		['an id has a character outside letters, digits, . _ -', (p: P) => (p.veto_items[0].id = 'safe ty'), 'veto_items[0].id'],
		['a category is neither department nor township', (p: P) => (p.groups[0].category = 'county'), 'groups[0].category'],
		["a group's category has no quota", (p: P) => delete p.excellence.quota.township, 'groups[2].category'],
		['item maxima do not add up to 100', (p: P) => (p.templates[1].items[1].max = 31), 'templates[1].items'],
		['an aspect weight is not positive', (p: P) => (p.democratic.cadre_aspects[1].weight = 0), 'democratic.cadre_aspects[1].weight'],
		['a composite weight is outside 0..1', (p: P) => (p.composite.member_target_weight = 1.2), 'composite.member_target_weight'],
		['flag_share is outside 0..1', (p: P) => (p.reverse.flag_share = -0.1), 'reverse.flag_share'],
		['bands are not top ≥ second ≥ third', (p: P) => (p.democratic.bands.third = 85), 'democratic.bands'],
		['basic_min exceeds qualified_min', (p: P) => (p.unit_grades.basic_min = 91), 'unit_grades.basic_min'],
		['pk_ratio is below 1', (p: P) => (p.excellence.pk_ratio = 0.5), 'excellence.pk_ratio'],
		['a key of reward.extra is not a unit grade', (p: P) => (p.reward.extra.best = 1), 'reward.extra.best'],
		['a team reverse aspect id collides with a column of its file', (p: P) => (p.reverse.team_aspects[0].id = 'participants'), 'reverse.team_aspects[0].id'],
		['a cadre reverse aspect id collides with a usage intent column', (p: P) => (p.reverse.cadre_aspects[0].id = 'promote'), 'reverse.cadre_aspects[0].id'],
		['a required field is missing', (p: P) => delete p.reward.basic_rate, 'reward.basic_rate'],
		['a template veto is not a veto item', (p: P) => p.templates[0].vetoes.push('flood'), 'templates[0].vetoes[1]']
	])('rejects a policy where %s', (_what, edit, field) => {
		expect(fields(edit)).toContain(field);
	});

	it('allows pk_ratio null, no reverse evaluation, no vetoes and an omitted bottom_two_exempt', () => {
		expect(
			fields((p) => {
				p.excellence.pk_ratio = null;
				delete p.reverse;
				delete p.templates[0].vetoes;
				delete p.groups[1].bottom_two_exempt;
			})
		).toEqual([]);
	});
});

describe('validatePolicy, second edition', () => {
	const second = (p: P) => {
		p.democratic.rater_groups = [
			{ id: 'leaders', name: '区级领导', weight: 3 },
			{ id: 'staff', name: '干部职工代表', weight: 7 }
		];
		p.periodic = { weight: 0.2 };
		p.cadre_rules = { incompetent_share_min: 0.3334, team_bands_bar_excellent: ['average', 'poor'], excellent_share_max: 0.15, admonish_share_below: 0.5 };
	};

	it('accepts every second-edition field, and each cadre rule alone', () => {
		expect(fields(second)).toEqual([]);
		expect(fields((p) => (p.cadre_rules = {}))).toEqual([]);
		expect(fields((p) => (p.cadre_rules = { excellent_share_max: 0 }))).toEqual([]);
	});

	it.each([
		['a rater group id repeats', (p: P) => (p.democratic.rater_groups[1].id = 'leaders'), 'democratic.rater_groups[1].id'],
		['a rater group id is malformed', (p: P) => (p.democratic.rater_groups[0].id = '区级'), 'democratic.rater_groups[0].id'],
		['a rater group weight is not positive', (p: P) => (p.democratic.rater_groups[1].weight = 0), 'democratic.rater_groups[1].weight'],
		['a rater group has no name', (p: P) => delete p.democratic.rater_groups[0].name, 'democratic.rater_groups[0].name'],
		['rater_groups is empty', (p: P) => (p.democratic.rater_groups = []), 'democratic.rater_groups'],
		['periodic.weight is outside 0..1', (p: P) => (p.periodic.weight = 1.01), 'periodic.weight'],
		['a cadre_rules share is outside 0..1', (p: P) => (p.cadre_rules.admonish_share_below = -0.1), 'cadre_rules.admonish_share_below'],
		['team_bands_bar_excellent holds a non-band', (p: P) => (p.cadre_rules.team_bands_bar_excellent = ['poor', 'excellent']), 'cadre_rules.team_bands_bar_excellent[1]'],
		['periodic is null', (p: P) => (p.periodic = null), 'periodic'],
		['cadre_rules is null', (p: P) => (p.cadre_rules = null), 'cadre_rules'],
		['reverse is null', (p: P) => (p.reverse = null), 'reverse'],
		['a number is beyond 10^20', (p: P) => (p.democratic.rater_groups[1].weight = 1e308), 'democratic.rater_groups[1].weight'],
		['a number is beyond −10^20', (p: P) => (p.unit_grades.basic_min = -1.5e20), 'unit_grades.basic_min'],
		['a number has 13 fractional digits', (p: P) => (p.reward.basic_rate = 1e-13), 'reward.basic_rate'],
		['a number has 13 fractional digits written out', (p: P) => (p.democratic.team_factors.average = 0.6000000000001), 'democratic.team_factors.average']
	])('rejects a policy where %s', (_what, edit, field) => {
		expect(fields((p) => (second(p), edit(p)))).toContain(field);
	});

	it('allows 10^20 itself and 12 fractional digits', () => {
		expect(fields((p) => ((p.reward.per_point_per_capita = 1e20), (p.reward.basic_rate = 0.000000000001)))).toEqual([]);
	});
});
