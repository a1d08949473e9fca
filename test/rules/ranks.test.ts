// queries/rules/rank_in_group.sql and bottom_two.sql — rules 7 and 8.
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

describe('rank in group and bottom rank', () => {
	it('ranks within the group with ties sharing a rank; the bottom-two pool leaves out exempt groups', async () => {
		const wh = await warehouseWith(
			unitsBundle(2007, [
				{ id: 'A', group: 'D1', points: [55, 40] }, // 95
				{ id: 'B', group: 'D1', points: [55, 40] }, // 95
				{ id: 'C', group: 'D1', points: [50, 40] }, // 90
				{ id: 'D', group: 'D1', points: [40, 35] }, // 75
				{ id: 'E', group: 'D1', points: [40, 35] }, // 75
				{ id: 'X', group: 'D3', points: [30, 30] }, // 60, exempt: no bottom rank
				{ id: 'T', group: 'T1', points: [50, 30] } // alone in its category
			])
		);
		expect(await rows(wh, 'SELECT unit_id, rank_in_group, bottom_rank, in_bottom_two FROM unit_results ORDER BY unit_id')).toEqual([
			{ unit_id: 'A', rank_in_group: 1, bottom_rank: 4, in_bottom_two: false },
			{ unit_id: 'B', rank_in_group: 1, bottom_rank: 4, in_bottom_two: false },
			{ unit_id: 'C', rank_in_group: 3, bottom_rank: 3, in_bottom_two: false },
			{ unit_id: 'D', rank_in_group: 4, bottom_rank: 1, in_bottom_two: true },
			{ unit_id: 'E', rank_in_group: 4, bottom_rank: 1, in_bottom_two: true },
			{ unit_id: 'T', rank_in_group: 1, bottom_rank: 1, in_bottom_two: true },
			{ unit_id: 'X', rank_in_group: 1, bottom_rank: null, in_bottom_two: false }
		]);
	});

	it('puts every unit tied at the last bottom position in the bottom two', async () => {
		const wh = await warehouseWith(
			unitsBundle(2007, [
				{ id: 'A', group: 'D1', points: [40, 30] }, // 70 → 1
				{ id: 'B', group: 'D1', points: [45, 30] }, // 75 → 2
				{ id: 'C', group: 'D1', points: [45, 30] }, // 75 → 2
				{ id: 'D', group: 'D1', points: [50, 30] } // 80 → 4
			])
		);
		expect(await rows(wh, 'SELECT unit_id, bottom_rank, in_bottom_two FROM unit_results ORDER BY unit_id')).toEqual([
			{ unit_id: 'A', bottom_rank: 1, in_bottom_two: true },
			{ unit_id: 'B', bottom_rank: 2, in_bottom_two: true },
			{ unit_id: 'C', bottom_rank: 2, in_bottom_two: true },
			{ unit_id: 'D', bottom_rank: 4, in_bottom_two: false }
		]);
	});

	it('takes the size of the bottom group from the policy', async () => {
		const wh = await warehouseWith(
			unitsBundle(
				2007,
				[
					{ id: 'A', group: 'D1', points: [40, 30] },
					{ id: 'B', group: 'D1', points: [45, 30] },
					{ id: 'C', group: 'D1', points: [50, 30] }
				],
				{},
				tinyPolicy({ bottom_two: { size: 1 } })
			)
		);
		expect(await rows(wh, 'SELECT unit_id, in_bottom_two FROM unit_results ORDER BY unit_id')).toEqual([
			{ unit_id: 'A', in_bottom_two: true },
			{ unit_id: 'B', in_bottom_two: false },
			{ unit_id: 'C', in_bottom_two: false }
		]);
	});
});
