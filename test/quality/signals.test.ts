// queries/quality/signal_*.sql — each signal of untrue ballots planted in a small warehouse and
// found with its figures, while the clean units raise nothing.
import { describe, expect, it } from 'vitest';
import { layeredPolicy, tinyPolicy, unitsBundle, type UnitSpec } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';
import { query } from '../../src/lib/warehouse/queries.js';

type Ballots = [number, number, number, number];
const unit = (id: string, points: number, team: Ballots, c1: Ballots, c2: Ballots): UnitSpec => ({
	id,
	group: 'D1',
	points: [points, 40],
	team,
	cadres: [{ id: `${id}-s`, role: 'party_secretary', ballots: c1 }, { id: `${id}-m`, ballots: c2 }]
});

// Six department units, each with 60 ballots (team 2 × 10, two cadres 2 × 10 each).
const year2008: UnitSpec[] = [
	unit('U1', 55, [10, 0, 0, 0], [10, 0, 0, 0], [9, 1, 0, 0]), // lenient: 58 / 60 top grades
	unit('U2', 50, [4, 4, 2, 0], [3, 5, 2, 0], [4, 4, 2, 0]), // team 84 (96 in 2007: a jump)
	unit('U3', 52, [5, 3, 2, 0], [3, 5, 2, 0], [4, 4, 2, 0]),
	unit('U4', 41, [3, 5, 2, 0], [2, 6, 2, 0], [4, 4, 2, 0]), // bottom two, clean
	unit('U5', 40, [10, 0, 0, 0], [2, 6, 2, 0], [3, 5, 2, 0]), // bottom two, team all 好: favour votes
	unit('U6', 53, [4, 4, 2, 0], [5, 4, 1, 0], [5, 4, 1, 0]) // every cadre row alike: in bulk
];
const year2007 = year2008.map((u) => (u.id === 'U2' ? { ...u, team: [8, 2, 0, 0] as Ballots } : u));

const PARAMS = { year: 2008, unanimous: 1, z: 3.5, jump: 10, gap: 15, min_raters: 5 };

async function signals() {
	const wh = await warehouseWith(unitsBundle(2007, year2007), unitsBundle(2008, year2008));
	const run = (name: string, params: Record<string, number>) => rows(wh, query(`quality/${name}`), params);
	return { wh, run };
}

describe('signals of untrue ballots', () => {
	it('finds 人情票: a bottom-two unit whose team was rated all 好, and nothing for the others', async () => {
		const { run } = await signals();
		const found = await run('signal_favour_votes', { year: 2008, unanimous: PARAMS.unanimous });
		expect(found).toEqual([
			expect.objectContaining({ unit_id: 'U5', subject: 'team', subject_id: 'U5', in_bottom_two: true, grade: 'basically_qualified', top: 20, ballots: 20, share: 1 })
		]);
		// a lower bar catches the other bottom-two unit's cadres too? Their share is at most 0.4: no
		expect((await run('signal_favour_votes', { year: 2008, unanimous: 0.5 })).map((r) => r.subject_id)).toEqual(['U5']);
	});

	it('finds leniency by robust z within the group: U1 only', async () => {
		const { run } = await signals();
		const found = await run('signal_leniency', { year: 2008, z: PARAMS.z });
		expect(found).toHaveLength(1);
		// shares 58, 22, 24, 18, 30, 28 of 60: median 26/60, MAD 4/60, z = 0.6745 × 32 / 4 = 5.40
		expect(found[0]).toMatchObject({ unit_id: 'U1', top: 58, ballots: 60, share: 0.9667, group_median: 0.4333, group_units: 6, z: 5.4 });
		expect(await run('signal_leniency', { year: 2008, z: 5.5 })).toEqual([]);
	});

	it('finds ballots filled in bulk: U6, whose every cadre row has the same counts', async () => {
		const { run } = await signals();
		expect(await run('signal_bulk_ballots', { year: 2008 })).toEqual([
			{ unit_id: 'U6', name: '单位U6', rater_group: null, cadres: 2, ballot_rows: 4, counts: [5, 4, 1, 0], team_alike: false }
		]);
	});

	it('finds a jump of the democratic score beyond the set points: U2 96 → 84', async () => {
		const { run } = await signals();
		expect(await run('signal_score_jump', { year: 2008, jump: 10 })).toEqual([
			{ subject: 'team', subject_id: 'U2', unit_id: 'U2', unit_name: '单位U2', cadre_name: null, previous: 96, score: 84, change: -12 }
		]);
		expect(await run('signal_score_jump', { year: 2008, jump: 12 })).toEqual([]); // more than, not as much as
		expect(await run('signal_score_jump', { year: 2007, jump: 0 })).toEqual([]); // no year before
	});

	it('finds rater groups far apart, and leaves out a group below the minimum size', async () => {
		const header = ['cadre_id', 'aspect_id', 'excellent', 'competent', 'basically_competent', 'incompetent', 'rater_group'];
		const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'far', role: 'party_secretary' }, { id: 'near' }, { id: 'few' }] }], {}, layeredPolicy());
		b.files['team_ballots.csv'] = [
			['unit_id', 'aspect_id', 'good', 'fairly_good', 'average', 'poor', 'rater_group'],
			...['politics', 'results'].flatMap((a) => [['A', a, 5, 5, 0, 0, 'leaders'], ['A', a, 12, 6, 2, 0, 'staff']])
		];
		b.files['cadre_ballots.csv'] = [
			header,
			...['integrity', 'results'].flatMap((a) => [
				['far', a, 10, 0, 0, 0, 'leaders'], // 100
				['far', a, 0, 4, 16, 0, 'staff'], // (3.2 + 9.6) / 20 = 64
				['near', a, 9, 1, 0, 0, 'leaders'], // 98
				['near', a, 16, 4, 0, 0, 'staff'], // 96
				['few', a, 4, 0, 0, 0, 'leaders'], // 4 raters only
				['few', a, 0, 0, 20, 0, 'staff']
			])
		];
		const wh = await warehouseWith(b);
		const found = await rows(wh, query('quality/signal_rater_gap'), { year: 2008, gap: 15, min_raters: 5 });
		expect(found).toEqual([
			{
				subject: 'cadre', subject_id: 'far', unit_id: 'A', unit_name: '单位A', cadre_name: '干部far',
				high_group: '区级领导', high_raters: 10, high_score: 100, low_group: '干部职工代表', low_raters: 20, low_score: 64, gap: 36
			}
		]);
		// with a minimum of 4 the small group counts: few is 100 against 60
		expect((await rows(wh, query('quality/signal_rater_gap'), { year: 2008, gap: 15, min_raters: 4 })).map((r) => r.subject_id)).toEqual(['few', 'far']);
		// apart by more than the gap, not by as much: far's 36 points at a gap of 35.99 and of 36
		for (const [gap, ids] of [[35.99, ['far']], [36, []]] as const)
			expect((await rows(wh, query('quality/signal_rater_gap'), { year: 2008, gap, min_raters: 5 })).map((r) => r.subject_id), String(gap)).toEqual(ids);
	});
});

describe('agreement of targets and ballots', () => {
	it('gives the rank correlation per group and year, with ties at mean ranks', async () => {
		const { run } = await signals();
		const found = await run('agreement', { confidence_z: 1.96 });
		const d1 = found.filter((r) => r.group_id === 'D1');
		expect(d1.map((r) => r.year)).toEqual([2007, 2008]);
		// 2008 targets 95, 90, 92, 81, 80, 93; team scores 100, 84, 86, 82, 100, 84
		// ranks (mean for ties): target 6, 3, 4, 2, 1, 5; democratic 5.5, 2.5, 4, 1, 5.5, 2.5
		const x = [6, 3, 4, 2, 1, 5];
		const y = [5.5, 2.5, 4, 1, 5.5, 2.5];
		const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
		const [mx, my] = [mean(x), mean(y)];
		const cov = x.reduce((s, xi, i) => s + (xi - mx) * (y[i]! - my), 0);
		const rho = cov / Math.sqrt(x.reduce((s, xi) => s + (xi - mx) ** 2, 0) * y.reduce((s, yi) => s + (yi - my) ** 2, 0));
		expect(d1[1]).toMatchObject({ units: 6, unanimous: 2, unanimous_share: 0.3333 });
		expect(d1[1]!.rho).toBeCloseTo(rho, 3);
		// Wilson 95% on 2 of 6: 0.0968 … 0.7000
		expect(d1[1]).toMatchObject({ unanimous_low: 0.0968, unanimous_high: 0.7 });
	});
});

describe('sampling uncertainty', () => {
	it('gives the raters and a Wilson interval, and marks a cadre whose 不称职 bound lies inside it', async () => {
		const b = unitsBundle(
			2008,
			[
				{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'small', role: 'party_secretary', ballots: [4, 2, 0, 3] }, { id: 'large', ballots: [400, 200, 0, 300] }] }
			],
			{},
			tinyPolicy({ cadre_rules: { incompetent_share_min: 0.3334 } })
		);
		const wh = await warehouseWith(b);
		const found = await rows(wh, query('quality/sampling'), { year: 2008, confidence_z: 1.96 });
		const small = found.find((r) => r.subject_id === 'small')!;
		const large = found.find((r) => r.subject_id === 'large')!;
		// 3 of 9 raters 不称职: Wilson 95% 0.1206 … 0.6458 holds 0.3334; of 900, 0.3033 … 0.3648 does too;
		// the top share 4/9: 0.1888 … 0.7334
		expect(small).toMatchObject({ raters: 9, bottom_share: 0.3333, bottom_low: 0.1206, bottom_high: 0.6458, top_low: 0.1888, top_high: 0.7334, uncertain: true });
		expect(large).toMatchObject({ raters: 900, uncertain: true });
		expect(large).toMatchObject({ bottom_low: 0.3033, bottom_high: 0.3648 });
		// a bound outside the interval: 0.37
		const wh2 = await warehouseWith({ ...b, policy: tinyPolicy({ cadre_rules: { incompetent_share_min: 0.37 } }) });
		const clear = await rows(wh2, query('quality/sampling'), { year: 2008, confidence_z: 1.96 });
		expect(clear.find((r) => r.subject_id === 'large')!.uncertain).toBe(false);
		expect(clear.find((r) => r.subject_id === 'small')!.uncertain).toBe(true);
	});
});

describe('agreement when every score is the same', () => {
	it('gives no correlation (not NaN) for a group whose teams were all rated 好 unanimously', async () => {
		const wh = await warehouseWith(
			unitsBundle(2008, [
				{ id: 'A', group: 'D1', points: [50, 40] },
				{ id: 'B', group: 'D1', points: [45, 40] },
				{ id: 'C', group: 'D1', points: [40, 40] }
			])
		);
		const [d1] = await rows(wh, query('quality/agreement'), { confidence_z: 1.96 });
		expect(d1).toMatchObject({ group_id: 'D1', units: 3, rho: null, unanimous: 3, unanimous_share: 1 });
	});
});
