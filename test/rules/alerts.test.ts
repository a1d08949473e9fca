// queries/rules/alerts.sql — rule 9, across years.
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle, type UnitSpec } from '../helpers/bundle.js';
import { importInto, rows, warehouseWith } from '../helpers/warehouse.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';

// In D1, L (70) and M (72) are the bottom two; H (95) is not. N has no principal leader.
const lowYear = (year: number, extra: UnitSpec[] = []) =>
	unitsBundle(year, [
		{ id: 'H', group: 'D1', points: [55, 40] },
		{
			id: 'L',
			group: 'D1',
			points: [40, 30],
			cadres: [
				{ id: 'L-sec', role: 'party_secretary' },
				{ id: 'L-head', role: 'administrative_head' },
				{ id: 'L-mem', role: 'member', ballots: [0, 0, 10, 0] } // 0.4 × 70 + 0.6 × 60 = 64 → basically_competent
			]
		},
		{ id: 'N', group: 'D1', points: [42, 30], cadres: [{ id: 'N-mem', role: 'member' }] },
		...extra
	]);
const alerts = (wh: Warehouse) => rows(wh, 'SELECT year, kind, unit_id, cadre_id FROM alerts ORDER BY ALL');

describe('alerts', () => {
	it('names every principal leader of a unit in the bottom two two years running, or a null cadre', async () => {
		const wh = await warehouseWith(lowYear(2006), lowYear(2007));
		expect(await alerts(wh)).toEqual([
			{ year: 2007, kind: 'basically_competent_consecutive', unit_id: 'L', cadre_id: 'L-mem' },
			{ year: 2007, kind: 'bottom_two_consecutive', unit_id: 'L', cadre_id: 'L-head' },
			{ year: 2007, kind: 'bottom_two_consecutive', unit_id: 'L', cadre_id: 'L-sec' },
			{ year: 2007, kind: 'bottom_two_consecutive', unit_id: 'N', cadre_id: null }
		]);
	});

	it('compares by year number: a missing year between two bottom-two years breaks the run', async () => {
		const wh = await warehouseWith(lowYear(2005), lowYear(2007));
		expect(await alerts(wh)).toEqual([]);
	});

	it('recomputes the next year when an earlier year arrives later, and again when it is replaced', async () => {
		const wh = await Warehouse.open(':memory:');
		await importInto(wh, lowYear(2007));
		expect(await alerts(wh)).toEqual([]);
		await importInto(wh, lowYear(2006));
		expect((await alerts(wh)).filter((a) => a.kind === 'bottom_two_consecutive').map((a) => a.cadre_id)).toEqual(['L-head', 'L-sec', null]);
		// 2006 replaced by a year where L and N do well: 2007's alerts go away.
		const better = lowYear(2006, [
			{ id: 'P', group: 'D1', points: [10, 10] },
			{ id: 'Q', group: 'D1', points: [10, 10] }
		]);
		await importInto(wh, better, true);
		expect((await alerts(wh)).filter((a) => a.year === 2007)).toEqual([
			{ year: 2007, kind: 'basically_competent_consecutive', unit_id: 'L', cadre_id: 'L-mem' }
		]);
	});

	it('raises incompetent for a cadre graded 不称职 in the year, by composite or final grade', async () => {
		const wh = await warehouseWith(
			unitsBundle(2007, [{ id: 'A', group: 'D1', points: [55, 40], cadres: [{ id: 'a1', role: 'member' }, { id: 'a2', role: 'member' }] }], {
				'final_grades.csv': [['cadre_id', 'grade'], ['a2', '不称职']]
			})
		);
		expect(await alerts(wh)).toEqual([{ year: 2007, kind: 'incompetent', unit_id: 'A', cadre_id: 'a2' }]);
	});
});

describe('alerts of the second edition', () => {
	it('raises incompetent_consecutive for 不称职 two years running under any policy, by final grade too', async () => {
		const y = (year: number, finals: string[][]) =>
			unitsBundle(year, [{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'c1', ballots: [0, 0, 0, 10] }, { id: 'c2' }, { id: 'c3', ballots: [0, 0, 0, 10] }] }], {
				'final_grades.csv': [['cadre_id', 'grade'], ...finals]
			});
		// c1 不称职 by its composite both years; c2 by final grade both years; c3 rescued in 2007 by a final grade
		const wh = await warehouseWith(y(2006, [['c2', 'incompetent'], ['c3', 'competent']]), y(2007, [['c2', '不称职']]));
		expect(await rows(wh, "SELECT year, unit_id, cadre_id FROM alerts WHERE kind = 'incompetent_consecutive' ORDER BY cadre_id")).toEqual([
			{ year: 2007, unit_id: 'A', cadre_id: 'c1' },
			{ year: 2007, unit_id: 'A', cadre_id: 'c2' }
		]);
	});

	it('raises admonition when the approval share is below admonish_share_below, whatever the grade', async () => {
		const b = unitsBundle(
			2008,
			[{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'c1', ballots: [1, 0, 1, 0] }, { id: 'c2', ballots: [1, 1, 3, 0] }, { id: 'c3' }] }],
			{ 'final_grades.csv': [['cadre_id', 'grade'], ['c2', 'excellent']] },
			tinyPolicy({ cadre_rules: { admonish_share_below: 0.5 } })
		);
		const wh = await warehouseWith(b);
		// c1: 2 of 4 = 0.5, not below; c2: 2 of 5 = 0.4, below (its final 优秀 does not matter)
		expect(await rows(wh, "SELECT unit_id, cadre_id FROM alerts WHERE kind = 'admonition'")).toEqual([{ unit_id: 'A', cadre_id: 'c2' }]);
		const none = await warehouseWith({ ...b, policy: tinyPolicy() });
		expect(await rows(none, "SELECT count(*) AS n FROM alerts WHERE kind = 'admonition'")).toEqual([{ n: 0 }]);
	});
});
