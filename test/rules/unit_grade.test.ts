// queries/rules/unit_grade.sql — rule 6.
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle, type UnitSpec } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

const grades = (wh: Awaited<ReturnType<typeof warehouseWith>>) =>
	rows(wh, 'SELECT unit_id, pk_candidate, pk_awaiting, pk_votes, grade FROM unit_results ORDER BY unit_id');

describe('unit grade', () => {
	it('compares the rounded target score with the thresholds using >=', async () => {
		const policy = tinyPolicy({ excellence: { quota: { department: 0, township: 0 }, pk_ratio: 2 } });
		const wh = await warehouseWith(
			unitsBundle(
				2007,
				[
					{ id: 'A', group: 'D1', points: [55, 35] }, // 90.00 → qualified
					{ id: 'B', group: 'D1', points: ['54.99', 35] }, // 89.99 → basically_qualified
					{ id: 'C', group: 'D1', points: [45, 35] }, // 80.00 → basically_qualified
					{ id: 'D', group: 'D1', points: ['44.994', 35] } // 79.994 → 79.99 → unqualified
				],
				{},
				policy
			)
		);
		expect((await grades(wh)).map((r) => r.grade)).toEqual(['qualified', 'basically_qualified', 'basically_qualified', 'unqualified']);
	});

	// Department quota 2: A 98, B 96, C 96 tie at the quota, so RANK gives 1, 2, 2 and all three
	// are candidates. E 99 is vetoed, F 85 is not qualified: neither is a candidate.
	const pkUnits: UnitSpec[] = [
		{ id: 'A', group: 'D1', points: [58, 40] },
		{ id: 'B', group: 'D1', points: [56, 40] },
		{ id: 'C', group: 'D3', points: [56, 40] },
		{ id: 'D', group: 'D1', points: [55, 40] },
		{ id: 'E', group: 'D1', points: [59, 40] },
		{ id: 'F', group: 'D1', points: [45, 40] }
	];
	const veto = { 'vetoes.csv': [['unit_id', 'item_id', 'reason'], ['E', 'safety', '安全事故']] };

	it('makes ties at the quota all candidates; the first floor(n / pk_ratio) by votes are outstanding', async () => {
		const wh = await warehouseWith(
			unitsBundle(2007, pkUnits, { ...veto, 'pk_votes.csv': [['unit_id', 'votes'], ['A', 10], ['B', 12], ['C', 12]] })
		);
		// n = 3, floor(3 / 2) = 1. B and C tie on votes and on target score: unit_id decides, B first.
		expect(await grades(wh)).toEqual([
			{ unit_id: 'A', pk_candidate: true, pk_awaiting: false, pk_votes: 10, grade: 'excellent' },
			{ unit_id: 'B', pk_candidate: true, pk_awaiting: false, pk_votes: 12, grade: 'outstanding' },
			{ unit_id: 'C', pk_candidate: true, pk_awaiting: false, pk_votes: 12, grade: 'excellent' },
			{ unit_id: 'D', pk_candidate: false, pk_awaiting: false, pk_votes: null, grade: 'qualified' },
			{ unit_id: 'E', pk_candidate: false, pk_awaiting: false, pk_votes: null, grade: 'unqualified' },
			{ unit_id: 'F', pk_candidate: false, pk_awaiting: false, pk_votes: null, grade: 'basically_qualified' }
		]);
	});

	it('gives a candidate without a vote row 0 votes once its category has votes; pk_ratio 1.5 takes floor(3 / 1.5) = 2', async () => {
		const policy = tinyPolicy({ excellence: { quota: { department: 2, township: 1 }, pk_ratio: 1.5 } });
		const wh = await warehouseWith(unitsBundle(2007, pkUnits, { ...veto, 'pk_votes.csv': [['unit_id', 'votes'], ['C', 3]] }, policy));
		const r = (await grades(wh)).filter((x) => x.pk_candidate);
		// votes: C 3, A 0 (98), B 0 (96) → C, A outstanding; B excellent
		expect(r.map((x) => [x.unit_id, x.pk_votes, x.grade])).toEqual([
			['A', 0, 'outstanding'],
			['B', 0, 'excellent'],
			['C', 3, 'outstanding']
		]);
	});

	it('keeps candidates qualified and awaiting the vote while their category has no PK vote', async () => {
		const wh = await warehouseWith(unitsBundle(2007, [...pkUnits, { id: 'T', group: 'T1', points: [70, 30] }], { ...veto, 'pk_votes.csv': [['unit_id', 'votes'], ['T', 5]] }));
		const r = await grades(wh);
		expect(r.filter((x) => ['A', 'B', 'C'].includes(x.unit_id as string))).toEqual([
			{ unit_id: 'A', pk_candidate: true, pk_awaiting: true, pk_votes: null, grade: 'qualified' },
			{ unit_id: 'B', pk_candidate: true, pk_awaiting: true, pk_votes: null, grade: 'qualified' },
			{ unit_id: 'C', pk_candidate: true, pk_awaiting: true, pk_votes: null, grade: 'qualified' }
		]);
		// the township category voted: its single candidate (n = 1, floor(1/2) = 0) is excellent
		expect(r.find((x) => x.unit_id === 'T')).toEqual({ unit_id: 'T', pk_candidate: true, pk_awaiting: false, pk_votes: 5, grade: 'excellent' });
	});

	it('makes every candidate excellent when the policy has no competitive vote (pk_ratio null)', async () => {
		const policy = tinyPolicy({ excellence: { quota: { department: 2, township: 1 }, pk_ratio: null } });
		const wh = await warehouseWith(unitsBundle(2007, pkUnits, veto, policy));
		const r = await grades(wh);
		expect(r.filter((x) => x.pk_candidate).map((x) => [x.unit_id, x.pk_awaiting, x.pk_votes, x.grade])).toEqual([
			['A', false, null, 'excellent'],
			['B', false, null, 'excellent'],
			['C', false, null, 'excellent']
		]);
	});
});
