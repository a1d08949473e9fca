// queries/quality/*_margins.sql — the smallest change that flips a result, checked against the
// rules themselves: import the bundle again with that change and the result flips; with one
// ballot (or 0.01 point, or one vote) less it does not.
import { describe, expect, it } from 'vitest';
import { layered, layeredPolicy, unitsBundle, type Table, type TestBundle, type UnitSpec } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';
import { query } from '../../src/lib/warehouse/queries.js';

const BALLOT_FILE = { team: 'team_ballots.csv', cadre: 'cadre_ballots.csv' } as const;

interface Margin {
	subject: 'team' | 'cadre';
	subject_id: string;
	kind: string;
	direction: string;
	band: number;
	to_band: number;
	ballots: number | null;
	aspect_id: string | null;
	rater_group: string | null;
	from_grade: number | null;
	to_grade: number | null;
}

/** Every margin of the bundle's year, of at most `most` ballots (by default any number a row holds). */
async function margins(b: TestBundle, most = 2 ** 31 - 1): Promise<Margin[]> {
	const wh = await warehouseWith(b);
	try {
		return (await rows(wh, query('quality/ballot_margins'), { year: b.year, unit: '', subject: '', most })) as unknown as Margin[];
	} finally {
		wh.close();
	}
}

/** The bundle with k ballots of one row moved from grade index `from` to `to` (0 = the top grade). */
function moved(b: TestBundle, m: Margin, k: number): TestBundle {
	const file = BALLOT_FILE[m.subject];
	const [header, ...body] = b.files[file] as Table;
	const groupCol = header!.indexOf('rater_group');
	const changed = body.map((r) => {
		if (r[0] !== m.subject_id || r[1] !== m.aspect_id || (groupCol >= 0 && r[groupCol] !== m.rater_group)) return r;
		const out = [...r];
		out[2 + m.from_grade!] = Number(out[2 + m.from_grade!]) - k;
		out[2 + m.to_grade!] = Number(out[2 + m.to_grade!]) + k;
		return out;
	});
	return { ...b, files: { ...b.files, [file]: [header!, ...changed] } };
}

const BAND_INDEX: Record<string, number> = { good: 0, fairly_good: 1, average: 2, poor: 3, excellent: 0, competent: 1, basically_competent: 2, incompetent: 3 };

/** The band index of the margin's result after importing `b`. */
async function bandOf(b: TestBundle, m: Margin): Promise<number> {
	const wh = await warehouseWith(b);
	try {
		const sql =
			m.subject === 'team'
				? 'SELECT democratic_band AS band FROM team_democratic WHERE unit_id = $id'
				: m.kind === 'democratic_band'
					? 'SELECT democratic_band AS band FROM cadre_democratic WHERE cadre_id = $id'
					: 'SELECT band_grade AS band FROM cadre_grade WHERE cadre_id = $id';
		const [r] = await rows(wh, sql, { id: m.subject_id });
		return BAND_INDEX[String(r!.band)]!;
	} finally {
		wh.close();
	}
}

async function expectExact(b: TestBundle, m: Margin) {
	expect(m.ballots).toBeGreaterThan(0);
	expect(await bandOf(moved(b, m, m.ballots!), m)).toBe(m.to_band);
	expect(await bandOf(moved(b, m, m.ballots! - 1), m)).toBe(m.band);
}

const units: UnitSpec[] = [
	{ id: 'A', group: 'D1', points: [50, 40], team: [6, 3, 1, 0], cadres: [{ id: 'a1', role: 'party_secretary', ballots: [5, 4, 1, 0] }, { id: 'a2', ballots: [2, 6, 2, 0] }] },
	{ id: 'B', group: 'D1', points: [40, 40], team: [30, 50, 17, 3] }
];

describe('ballot margins', () => {
	it('finds "2 张票从称职改为优秀" for a cadre at 88 (band 称职, bound 90), and it is exact', async () => {
		const b = unitsBundle(2008, units);
		const all = await margins(b);
		const up = all.find((m) => m.subject_id === 'a1' && m.kind === 'democratic_band' && m.direction === 'up')!;
		// each 称职 → 优秀 in one of two aspects of 10 ballots adds 100 × 0.2 / 10 / 2 = 1 point: 88 → 90 takes 2
		expect(up).toMatchObject({ band: 1, to_band: 0, ballots: 2, from_grade: 1, to_grade: 0 });
		await expectExact(b, up);
		// down to 基本称职 (< 80) needs 8.005 points: no single row holds enough ballots
		expect(all.find((m) => m.subject_id === 'a1' && m.kind === 'democratic_band' && m.direction === 'down')!.ballots).toBeNull();
	});

	it('is exact for every margin of teams, cadres and composite bands that a row can reach', async () => {
		const b = unitsBundle(2008, units);
		const reachable = (await margins(b)).filter((m) => m.ballots !== null);
		expect(reachable.map((m) => `${m.subject_id} ${m.kind} ${m.direction}`)).toEqual(
			expect.arrayContaining(['A democratic_band down', 'a1 democratic_band up', 'B democratic_band down', 'a1 composite_band up', 'B-m composite_band down'])
		);
		for (const m of reachable) await expectExact(b, m);
	});

	it('looks for no change of more than $most ballots: the same margins within it, the others none', async () => {
		const b = unitsBundle(2008, units);
		const all = await margins(b);
		const most = 2;
		expect(all.some((m) => m.ballots !== null && m.ballots > most)).toBe(true);
		expect(await margins(b, most)).toEqual(all.map((m) => (m.ballots !== null && m.ballots > most ? { ...m, ballots: null, aspect_id: null, rater_group: null, from_grade: null, to_grade: null, aspect_name: null, rater_group_name: null } : m)));
	});

	it('weighs a rater group by its weight: a leader ballot moves the score 3/7 of a staff one per ballot', async () => {
		const policy = layeredPolicy();
		const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'a1', role: 'party_secretary' }] }], {}, policy);
		// leaders 10 ballots 8/2/0/0 (96), staff 20 ballots 14/6/0/0 (94): s(a) = 0.3 × 96 + 0.7 × 94 = 94.6
		b.files['cadre_ballots.csv'] = [
			['cadre_id', 'aspect_id', 'excellent', 'competent', 'basically_competent', 'incompetent', 'rater_group'],
			...['integrity', 'results'].flatMap((a) => [['a1', a, 8, 2, 0, 0, 'leaders'], ['a1', a, 14, 6, 0, 0, 'staff']])
		];
		b.files['team_ballots.csv'] = layered(b.files['team_ballots.csv'] as Table, 'leaders', 'staff');
		const down = (await margins(b)).find((m) => m.subject_id === 'a1' && m.kind === 'democratic_band' && m.direction === 'down')!;
		// to fall under 89.995: 4.605 points; a staff 优秀 → 称职 in one aspect: 0.7 × 20 / 20 / 2 = 0.35 → 14 ballots
		// (all 14 there); a leader one 0.3 × 20 / 10 / 2 = 0.3 → 16 (only 8): so staff, 14
		expect(down).toMatchObject({ ballots: 14, rater_group: 'staff', from_grade: 0, to_grade: 1 });
		await expectExact(b, down);
	});
});

describe('bottom-two margins', () => {
	const pool: UnitSpec[] = [
		{ id: 'P', group: 'D1', points: [40, 40] }, // 80
		{ id: 'Q', group: 'D1', points: [41.5, 40] }, // 81.5
		{ id: 'R', group: 'D1', points: [42.9, 40] }, // 82.9
		{ id: 'S', group: 'D1', points: [45, 40] }, // 85
		{ id: 'X', group: 'D3', points: [10, 10] } // exempt: not in the pool
	];
	const inBottom = async (b: TestBundle, id: string) => {
		const wh = await warehouseWith(b);
		const [r] = await rows(wh, 'SELECT in_bottom_two FROM unit_bottom_rank WHERE unit_id = $id', { id });
		wh.close();
		return r!.in_bottom_two;
	};
	const withPoints = (id: string, delta: number) =>
		unitsBundle(2008, pool.map((u) => (u.id === id ? { ...u, points: [Number(u.points[0]) + delta, u.points[1]] as [number, number] } : u)));

	it('gives the rise out of and the fall into the bottom two in points, exactly', async () => {
		const wh = await warehouseWith(unitsBundle(2008, pool));
		const m = await rows(wh, query('quality/bottom_two_margins'), { year: 2008 });
		expect(m.map((r) => [r.unit_id, r.in_bottom_two, r.points])).toEqual([
			['P', true, 2.91], // pass R's 82.9 by 0.01
			['Q', true, 1.41],
			['R', false, 1.4], // fall to Q's 81.5
			['S', false, 3.5]
		]);
		expect(await inBottom(withPoints('Q', 1.41), 'Q')).toBe(false);
		expect(await inBottom(withPoints('Q', 1.4), 'Q')).toBe(true);
		expect(await inBottom(withPoints('S', -3.5), 'S')).toBe(true);
		expect(await inBottom(withPoints('S', -3.49), 'S')).toBe(false);
	});
});

describe('PK margins', () => {
	// department quota 2 → A and B candidates, pk_ratio 2 → one 特优
	const pk: UnitSpec[] = [
		{ id: 'A', group: 'D1', points: [58, 40] },
		{ id: 'B', group: 'D1', points: [56, 40] },
		{ id: 'C', group: 'D1', points: [50, 40] }
	];
	const voted = (a: number, b: number) => unitsBundle(2008, pk, { 'pk_votes.csv': [['unit_id', 'votes'], ['A', a], ['B', b]] });
	const gradeOf = async (b: TestBundle, id: string) => {
		const wh = await warehouseWith(b);
		const [r] = await rows(wh, 'SELECT grade FROM unit_grade WHERE unit_id = $id', { id });
		wh.close();
		return r!.grade;
	};

	it('says "差 3 票" and what a 特优 unit can lose, with the tie going to the higher target', async () => {
		const wh = await warehouseWith(voted(10, 12));
		const m = await rows(wh, query('quality/pk_margins'), { year: 2008 });
		// B 12 特优 beats A 10; A needs 2 to tie, and wins the tie (target 98 > 96): 2 votes
		expect(m.map((r) => [r.unit_id, r.grade, r.votes_margin, r.rival_id])).toEqual([
			['B', 'outstanding', 2, 'A'], // losing 2 ties with A, who wins ties: B falls
			['A', 'excellent', 2, 'B']
		]);
		expect(await gradeOf(voted(12, 12), 'A')).toBe('outstanding');
		expect(await gradeOf(voted(11, 12), 'A')).toBe('excellent');
		const wh2 = await warehouseWith(voted(12, 15));
		const m2 = await rows(wh2, query('quality/pk_margins'), { year: 2008 });
		expect(m2.find((r) => r.unit_id === 'A')!.votes_margin).toBe(3);
	});
});
