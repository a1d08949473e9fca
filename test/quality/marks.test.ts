// The marks of 评议质量 beside results (src/lib/server/quality-marks.ts): from the page's own SQL,
// each planted signal marks its subject, a close result marks the smallest change that flips it,
// and a clean unit has no mark.
import { describe, expect, inject, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { marksByYear, marksOfYear } from '../../src/lib/server/quality-marks.js';
import { unitsBundle, type UnitSpec } from '../helpers/bundle.js';
import { importInto, rows, warehouseWith } from '../helpers/warehouse.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { liveMarks } from '../../src/lib/warehouse/quality-marks.js';
import { markKey, qualityHref } from '../../src/lib/quality/marks.js';
import { defaultQualityParams } from '../../src/lib/quality/params.js';

type Ballots = [number, number, number, number];
const unit = (id: string, points: number, team: Ballots, c1: Ballots, c2: Ballots): UnitSpec => ({
	id,
	group: 'D1',
	points: [points, 40],
	team,
	cadres: [{ id: `${id}-s`, role: 'party_secretary', ballots: c1 }, { id: `${id}-m`, ballots: c2 }]
});

const year2008: UnitSpec[] = [
	unit('U1', 55, [10, 0, 0, 0], [10, 0, 0, 0], [9, 1, 0, 0]),
	unit('U2', 50, [4, 4, 2, 0], [3, 5, 2, 0], [4, 4, 2, 0]),
	unit('U3', 52, [5, 3, 2, 0], [3, 5, 2, 0], [4, 4, 2, 0]),
	unit('U4', 41, [3, 5, 2, 0], [2, 6, 2, 0], [4, 4, 2, 0]),
	unit('U5', 40, [10, 0, 0, 0], [2, 6, 2, 0], [3, 5, 2, 0]),
	unit('U6', 53, [4, 4, 2, 0], [5, 4, 1, 0], [5, 4, 1, 0])
];
const year2007 = year2008.map((u) => (u.id === 'U2' ? { ...u, team: [8, 2, 0, 0] as Ballots } : u));

const PARAMS = defaultQualityParams();

describe('the marks of 评议质量 beside results', () => {
	it('marks each planted signal on its subject, and no other subject with a signal', async () => {
		const wh = await warehouseWith(unitsBundle(2007, year2007), unitsBundle(2008, year2008));
		const marks = await liveMarks(wh, 2008);
		const signals = Object.entries(marks)
			.flatMap(([key, list]) => list.filter((m) => m.kind === 'signal').map((m) => `${key} ${m.kind === 'signal' ? m.signal : ''}`))
			.sort();
		expect(signals).toEqual(['team:U1 leniency', 'team:U2 score_jump', 'team:U5 favour_votes', 'team:U6 bulk_ballots']);
		// 2007 has no year before it: no jump
		const before = await liveMarks(wh, 2007);
		expect(Object.values(before).flat().filter((m) => m.kind === 'signal' && m.signal === 'score_jump')).toEqual([]);
	});

	it('marks a close result with the smallest change 评议质量 lists for it, ballots before points', async () => {
		const wh = await warehouseWith(unitsBundle(2007, year2007), unitsBundle(2008, year2008));
		const marks = await liveMarks(wh, 2008);
		const ballots = await rows(wh, query('quality/ballot_margins'), { year: 2008, unit: '', subject: '', most: PARAMS.close_ballots });
		// every subject the page lists with a change of at most close_ballots ballots is marked with the least of them
		const least = new Map<string, number>();
		for (const r of ballots)
			if (r.ballots !== null && Number(r.ballots) <= PARAMS.close_ballots) {
				const key = markKey(r.subject as 'team' | 'cadre', String(r.subject_id));
				least.set(key, Math.min(least.get(key) ?? Infinity, Number(r.ballots)));
			}
		expect(least.size).toBeGreaterThan(0);
		for (const [key, n] of least) expect(marks[key]).toContainEqual({ kind: 'close', size: n, unit: 'ballots' });
		// a unit's bottom-two place within close_points of flipping is marked (by it, or by a closer ballot margin)
		const bottom = await rows(wh, query('quality/bottom_two_margins'), { year: 2008 });
		for (const r of bottom)
			if (Number(r.points) <= PARAMS.close_points) expect(marks[markKey('team', String(r.unit_id))]?.some((m) => m.kind === 'close')).toBe(true);
		// at most one close mark a subject
		for (const list of Object.values(marks)) expect(list.filter((m) => m.kind === 'close').length).toBeLessThanOrEqual(1);
	});

	it('stores at import the marks that the live computation gives, and none for a clean unit', async () => {
		const wh = await warehouseWith(unitsBundle(2007, year2007), unitsBundle(2008, year2008));
		for (const year of [2007, 2008]) {
			const live = await liveMarks(wh, year);
			expect(Object.keys(live).length).toBeGreaterThan(0);
			expect(await marksOfYear(wh, year)).toEqual(live);
			expect(await marksOfYear(wh, year, 'team')).toEqual(Object.fromEntries(Object.entries(live).filter(([k]) => k.startsWith('team:'))));
		}
		// U3 (an average team, far from every bound) has no mark; its dossier looks up none
		expect(await marksByYear(wh, 'team', 'U3')).toEqual({});
		expect(await marksByYear(wh, 'team', 'U5')).toEqual({ 2007: (await liveMarks(wh, 2007))['team:U5'], 2008: (await liveMarks(wh, 2008))['team:U5'] });
	});

	it('stores the marks of the year after one imported again (分数突变 compares it with that year)', async () => {
		const wh = await warehouseWith(unitsBundle(2007, year2008), unitsBundle(2008, year2008));
		expect((await marksOfYear(wh, 2008))['team:U2']?.some((m) => m.kind === 'signal' && m.signal === 'score_jump')).toBe(false);
		await importInto(wh, unitsBundle(2007, year2007), true);
		expect((await marksOfYear(wh, 2008))['team:U2']).toContainEqual({ kind: 'signal', signal: 'score_jump' });
		expect(await marksOfYear(wh, 2008)).toEqual(await liveMarks(wh, 2008));
	});

	it('stores for the sample the marks the live computation gives (the latest year)', async () => {
		const wh = await Warehouse.open(inject('sampleDb'), { readOnly: true });
		try {
			const year = (await wh.rows('site/years')).at(-1)!.year;
			const live = await liveMarks(wh, year);
			expect(Object.keys(live).length).toBeGreaterThan(0);
			expect(await marksOfYear(wh, year)).toEqual(live);
		} finally {
			wh.close();
		}
	});

	it('links to 评议质量 of the year, filtered to the unit or the cadre', () => {
		expect(qualityHref(2008, 'team', 'U1')).toBe('/quality?year=2008&unit=U1');
		expect(qualityHref(2008, 'cadre', 'C 1')).toBe('/quality?year=2008&cadre=C%201');
	});
});
