// queries/rules/target_score.sql — rules 1 and 2.
import { describe, expect, it } from 'vitest';
import { unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

describe('target score and veto', () => {
	it('sums item points exactly and rounds half away from zero to 2 decimals', async () => {
		const wh = await warehouseWith(
			unitsBundle(2007, [
				{ id: 'A', group: 'D1', points: ['46.555', '39.001'] }, // 85.556 → 85.56
				{ id: 'B', group: 'D1', points: ['0.1', '0.2'] }, // 0.3 exactly, no float drift
				{ id: 'C', group: 'D1', points: ['50.0025', '39.9950'] } // 89.9975 → 90.00: qualified
			])
		);
		const r = await rows(wh, 'SELECT unit_id, target_score, grade FROM unit_results ORDER BY unit_id');
		expect(r).toEqual([
			{ unit_id: 'A', target_score: 85.56, grade: 'basically_qualified' },
			{ unit_id: 'B', target_score: 0.3, grade: 'unqualified' },
			{ unit_id: 'C', target_score: 90, grade: 'qualified' }
		]);
	});

	it('marks a unit with any veto row as vetoed and unqualified, whatever its score', async () => {
		const wh = await warehouseWith(
			unitsBundle(2007, [{ id: 'A', group: 'T1', points: [70, 30] }, { id: 'B', group: 'T1', points: [70, 30] }], {
				'vetoes.csv': [['unit_id', 'item_id', 'reason'], ['A', 'safety', ''], ['A', 'planning', '超生']]
			})
		);
		const r = await rows(wh, 'SELECT unit_id, vetoed, grade FROM unit_results ORDER BY unit_id');
		expect(r).toEqual([
			{ unit_id: 'A', vetoed: true, grade: 'unqualified' },
			{ unit_id: 'B', vetoed: false, grade: 'qualified' } // the only PK candidate, awaiting the vote
		]);
	});
});
