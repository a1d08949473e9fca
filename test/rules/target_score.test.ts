// queries/rules/target_score.sql — rules 1 and 2.
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle } from '../helpers/bundle.js';
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

describe('periodic assessment (second edition, 平时考核纳入年度考核)', () => {
	const periodic = (...rows: (string | number)[][]) => ({ 'periodic_scores.csv': [['unit_id', 'period', 'points'], ...rows] });
	it('blends the rounded item and periodic scores and grades the rounded result, a mean on the threshold included', async () => {
		const policy = tinyPolicy({ periodic: { weight: 0.2 } });
		const wh = await warehouseWith(
			unitsBundle(
				2008,
				[
					{ id: 'A', group: 'D1', points: ['52.5', 40] }, // items 92.5
					{ id: 'B', group: 'D1', points: ['52.5', 40] },
					{ id: 'C', group: 'D1', points: ['52.5', 40] },
					{ id: 'D', group: 'D1', points: ['50.005', 40] } // items 90.005 → 90.01
				],
				periodic(
					['A', 'Q1', 75], ['A', 'Q2', 85], // mean 80: 0.8 × 92.5 + 0.2 × 80 = 90 → 达标
					['B', 'Q1', '79.99'], ['B', 'Q2', '79.99'], ['B', 'Q3', '79.99'], ['B', 'Q4', 80], // 79.9925 → 79.99: 74 + 15.998 = 89.998 → 90.00
					['C', 'Q1', '79.97'], // 74 + 15.994 = 89.994 → 89.99 → 基本达标
					['D', '上半年', 100], ['D', '下半年', 0], ['D', '全年', 50] // 50: 0.8 × 90.01 + 10 = 82.008 → 82.01
				),
				policy
			)
		);
		expect(await rows(wh, 'SELECT unit_id, item_score, periodic_score, target_score, grade, rank_in_group FROM unit_results ORDER BY unit_id')).toEqual([
			{ unit_id: 'A', item_score: 92.5, periodic_score: 80, target_score: 90, grade: 'qualified', rank_in_group: 1 },
			{ unit_id: 'B', item_score: 92.5, periodic_score: 79.99, target_score: 90, grade: 'qualified', rank_in_group: 1 },
			{ unit_id: 'C', item_score: 92.5, periodic_score: 79.97, target_score: 89.99, grade: 'basically_qualified', rank_in_group: 3 },
			{ unit_id: 'D', item_score: 90.01, periodic_score: 50, target_score: 82.01, grade: 'basically_qualified', rank_in_group: 4 }
		]);
		// rewards and the cadres' composite use the blended score
		expect(await rows(wh, "SELECT target_score FROM rewards WHERE unit_id = 'C'")).toEqual([{ target_score: 89.99 }]);
		expect(await rows(wh, "SELECT target_score FROM cadre_results WHERE cadre_id = 'C-m'")).toEqual([{ target_score: 89.99 }]);
	});

	it('leaves a first-edition year as it was: item_score is target_score, periodic_score null', async () => {
		const wh = await warehouseWith(unitsBundle(2007, [{ id: 'A', group: 'D1', points: ['46.555', '39.001'] }]));
		expect(await rows(wh, 'SELECT item_score, periodic_score, target_score FROM unit_results')).toEqual([
			{ item_score: 85.56, periodic_score: null, target_score: 85.56 }
		]);
	});
});
