// queries/rules/democratic_score.sql — rule 3.
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

describe('democratic score and band', () => {
	it('scores 100 × Σ(count × factor) / Σ count per aspect and bands the rounded score with >=', async () => {
		const wh = await warehouseWith(
			unitsBundle(2007, [
				{ id: 'A', group: 'D1', points: [50, 40], team: [7, 2, 1, 0] }, // (7 + 1.6 + 0.6) × 10 = 92 → good
				{ id: 'B', group: 'D1', points: [50, 40], team: [9, 0, 0, 1] }, // exactly 90 → good
				{ id: 'C', group: 'D1', points: [50, 40], team: [8, 1, 0, 1] }, // 88 → fairly_good
				{ id: 'D', group: 'D1', points: [50, 40], team: [29, 0, 0, 3] }, // 90.625 → 90.63 (half away from zero)
				{ id: 'E', group: 'D1', points: [50, 40], team: [1, 1, 4, 4] }, // 10 × 4.2 = 42 → poor
				{ id: 'F', group: 'D1', points: [50, 40], team: [0, 5, 5, 0] } // 70 → average
			])
		);
		const r = await rows(wh, 'SELECT unit_id, democratic_score, democratic_band FROM unit_results ORDER BY unit_id');
		expect(r).toEqual([
			{ unit_id: 'A', democratic_score: 92, democratic_band: 'good' },
			{ unit_id: 'B', democratic_score: 90, democratic_band: 'good' },
			{ unit_id: 'C', democratic_score: 88, democratic_band: 'fairly_good' },
			{ unit_id: 'D', democratic_score: 90.63, democratic_band: 'good' },
			{ unit_id: 'E', democratic_score: 42, democratic_band: 'poor' },
			{ unit_id: 'F', democratic_score: 70, democratic_band: 'average' }
		]);
	});

	it('takes the weighted mean over aspects, dividing by the sum of the weights', async () => {
		const policy = tinyPolicy();
		const dem = policy.democratic as Record<string, unknown>;
		dem.team_aspects = [
			{ id: 'politics', name: '思想政治建设', weight: 2 },
			{ id: 'results', name: '工作实绩', weight: 1 }
		];
		const b = unitsBundle(2007, [{ id: 'A', group: 'D1', points: [50, 40] }], {}, policy);
		// politics: (1 + 0.8 + 0.6) / 3 = 80; results: 2 / 3 = 66.666…; (2 × 80 + 66.666…) / 3 = 75.555… → 75.56
		b.files['team_ballots.csv'] = [
			['unit_id', 'aspect_id', 'good', 'fairly_good', 'average', 'poor'],
			['A', 'politics', 1, 1, 1, 0],
			['A', 'results', 2, 0, 0, 1]
		];
		const wh = await warehouseWith(b);
		expect(await rows(wh, 'SELECT democratic_score, democratic_band FROM unit_results')).toEqual([
			{ democratic_score: 75.56, democratic_band: 'average' }
		]);
	});

	it('bands a cadre on the cadre scale with the policy factors', async () => {
		const policy = tinyPolicy();
		(policy.democratic as Record<string, unknown>).cadre_factors = { excellent: 1, competent: 0.75, basically_competent: 0.5, incompetent: 0.25 };
		const wh = await warehouseWith(
			unitsBundle(
				2007,
				[
					{
						id: 'A',
						group: 'D1',
						points: [50, 40],
						cadres: [
							{ id: 'c1', role: 'party_secretary', ballots: [4, 4, 0, 0] }, // (4 + 3) / 8 = 87.5 → competent
							{ id: 'c2', ballots: [0, 0, 4, 4] }, // (2 + 1) / 8 = 37.5 → incompetent
							{ id: 'c3', ballots: [0, 4, 4, 0] } // (3 + 2) / 8 = 62.5 → basically_competent
						]
					}
				],
				{},
				policy
			)
		);
		expect(await rows(wh, 'SELECT cadre_id, democratic_score, democratic_band FROM cadre_results ORDER BY cadre_id')).toEqual([
			{ cadre_id: 'c1', democratic_score: 87.5, democratic_band: 'competent' },
			{ cadre_id: 'c2', democratic_score: 37.5, democratic_band: 'incompetent' },
			{ cadre_id: 'c3', democratic_score: 62.5, democratic_band: 'basically_competent' }
		]);
	});
});
