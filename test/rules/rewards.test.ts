// queries/rules/rewards.sql — rule 10.
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

describe('rewards', () => {
	it('pays standard × score × staff × rate plus the extra of the grade', async () => {
		const wh = await warehouseWith(
			unitsBundle(
				2007,
				[
					{ id: 'A', group: 'D1', points: [58, 40], staff: 20 }, // 98, candidate, outstanding
					{ id: 'B', group: 'D1', points: [56, 40], staff: 15 }, // 96, candidate, excellent
					{ id: 'C', group: 'D1', points: [51, 40], staff: 12 }, // 91, qualified
					{ id: 'D', group: 'D1', points: ['45.5', 40], staff: 10 }, // 85.5, basically_qualified
					{ id: 'E', group: 'D1', points: [30, 40], staff: 30 } // 70, unqualified
				],
				{ 'pk_votes.csv': [['unit_id', 'votes'], ['A', 20], ['B', 10]] }
			)
		);
		expect(await rows(wh, 'SELECT unit_id, grade, staff, target_score, rate, base_bonus, extra_bonus, total_bonus FROM rewards ORDER BY unit_id')).toEqual([
			{ unit_id: 'A', grade: 'outstanding', staff: 20, target_score: 98, rate: 1, base_bonus: 58800, extra_bonus: 40000, total_bonus: 98800 },
			{ unit_id: 'B', grade: 'excellent', staff: 15, target_score: 96, rate: 1, base_bonus: 43200, extra_bonus: 30000, total_bonus: 73200 },
			{ unit_id: 'C', grade: 'qualified', staff: 12, target_score: 91, rate: 1, base_bonus: 32760, extra_bonus: 0, total_bonus: 32760 },
			// 30 × 85.5 × 10 × 0.8
			{ unit_id: 'D', grade: 'basically_qualified', staff: 10, target_score: 85.5, rate: 0.8, base_bonus: 20520, extra_bonus: 0, total_bonus: 20520 },
			{ unit_id: 'E', grade: 'unqualified', staff: 30, target_score: 70, rate: 0, base_bonus: 0, extra_bonus: 0, total_bonus: 0 }
		]);
	});

	it('rounds money half away from zero, exactly', async () => {
		const policy = tinyPolicy({
			reward: { per_point_per_capita: 0.5, basic_rate: 0.75, extra: { qualified: 0.125 } },
			excellence: { quota: { department: 0, township: 0 }, pk_ratio: null }
		});
		const wh = await warehouseWith(
			unitsBundle(
				2007,
				[
					{ id: 'A', group: 'D1', points: ['50.01', 40], staff: 1 }, // 0.5 × 90.01 = 45.005 → 45.01; extra 0.125 → 0.13
					{ id: 'B', group: 'D1', points: ['40.01', 40], staff: 1 } // 0.5 × 80.01 × 0.75 = 30.00375 → 30.00
				],
				{},
				policy
			)
		);
		expect(await rows(wh, 'SELECT unit_id, rate, base_bonus, extra_bonus, total_bonus FROM rewards ORDER BY unit_id')).toEqual([
			{ unit_id: 'A', rate: 1, base_bonus: 45.01, extra_bonus: 0.13, total_bonus: 45.14 },
			{ unit_id: 'B', rate: 0.75, base_bonus: 30, extra_bonus: 0, total_bonus: 30 }
		]);
	});
});
