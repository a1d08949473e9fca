// queries/rules/democratic_score.sql — rule 3.
import { describe, expect, it } from 'vitest';
import { layered, layeredPolicy, tinyPolicy, unitsBundle, type Table } from '../helpers/bundle.js';
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

describe('democratic score by rater groups (second edition, 分层次测评)', () => {
	const teamHeader = ['unit_id', 'aspect_id', 'good', 'fairly_good', 'average', 'poor', 'rater_group'];
	it('weights each group within an aspect over the groups present, never pooling counts', async () => {
		const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 40] }], {}, layeredPolicy());
		b.files['team_ballots.csv'] = [
			teamHeader,
			['A', 'politics', 1, 1, 0, 0, 'leaders'], // (1 + 0.8) / 2 = 90
			['A', 'politics', 0, 1, 1, 0, '干部职工代表'], // (0.8 + 0.6) / 2 = 70, the group by its name
			['A', 'results', 1, 0, 0, 1, 'staff'] // 50; no 区级领导 row for this aspect
		];
		b.files['cadre_ballots.csv'] = layered(b.files['cadre_ballots.csv'] as Table, 'leaders');
		const wh = await warehouseWith(b);
		// politics: (3 × 90 + 7 × 70) / 10 = 76; results: 50 (staff alone); (76 + 50) / 2 = 63 → average.
		// Pooled counts would give politics (1 + 1.6 + 0.6) / 4 = 80 and 65 overall.
		expect(await rows(wh, 'SELECT democratic_score, democratic_band FROM unit_results')).toEqual([{ democratic_score: 63, democratic_band: 'average' }]);
		expect(
			await rows(wh, "SELECT aspect_id, rater_group, score FROM democratic_parts WHERE subject = 'team' ORDER BY aspect_id, rater_group NULLS FIRST")
		).toEqual([
			{ aspect_id: 'politics', rater_group: null, score: 76 },
			{ aspect_id: 'politics', rater_group: 'leaders', score: 90 },
			{ aspect_id: 'politics', rater_group: 'staff', score: 70 },
			{ aspect_id: 'results', rater_group: null, score: 50 },
			{ aspect_id: 'results', rater_group: 'staff', score: 50 }
		]);
	});

	it('moves a band when the weights change, for teams and cadres alike', async () => {
		const scoreWith = async (leaders: number, staff: number) => {
			const policy = layeredPolicy([
				{ id: 'leaders', name: '区级领导', weight: leaders },
				{ id: 'staff', name: '干部职工代表', weight: staff }
			]);
			const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 40] }], {}, policy);
			// 区级领导 all 好 (100), 干部职工代表 7 好 and 3 差 (70), in both aspects
			b.files['team_ballots.csv'] = [
				teamHeader,
				...['politics', 'results'].flatMap((a) => [
					['A', a, 10, 0, 0, 0, 'leaders'],
					['A', a, 7, 0, 0, 3, 'staff']
				])
			];
			b.files['cadre_ballots.csv'] = [
				['cadre_id', 'aspect_id', 'excellent', 'competent', 'basically_competent', 'incompetent', 'rater_group'],
				...['A-s', 'A-m'].flatMap((c) =>
					['integrity', 'results'].flatMap((a) => [
						[c, a, 10, 0, 0, 0, 'leaders'],
						[c, a, 7, 0, 0, 3, 'staff']
					])
				)
			];
			const wh = await warehouseWith(b);
			return [
				...(await rows(wh, 'SELECT democratic_score, democratic_band FROM unit_results')),
				...(await rows(wh, "SELECT democratic_score, democratic_band FROM cadre_results WHERE cadre_id = 'A-m'"))
			];
		};
		// 3:7 → (300 + 490) / 10 = 79 → 一般 / 基本称职; 7:3 → (700 + 210) / 10 = 91 → 好 / 优秀
		expect(await scoreWith(3, 7)).toEqual([
			{ democratic_score: 79, democratic_band: 'average' },
			{ democratic_score: 79, democratic_band: 'basically_competent' }
		]);
		expect(await scoreWith(7, 3)).toEqual([
			{ democratic_score: 91, democratic_band: 'good' },
			{ democratic_score: 91, democratic_band: 'excellent' }
		]);
	});

	it('rounds only the democratic score: the group and aspect scores keep their digits', async () => {
		const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 40] }], {}, layeredPolicy([
			{ id: 'leaders', name: '区级领导', weight: 1 },
			{ id: 'staff', name: '干部职工代表', weight: 2 }
		]));
		b.files['team_ballots.csv'] = [
			teamHeader,
			['A', 'politics', 2, 0, 0, 1, 'leaders'], // 66.666…
			['A', 'politics', 1, 0, 0, 0, 'staff'], // 100
			['A', 'results', 1, 0, 0, 0, 'leaders'] // 100
		];
		b.files['cadre_ballots.csv'] = layered(b.files['cadre_ballots.csv'] as Table, 'staff');
		const wh = await warehouseWith(b);
		// politics: (66.666… + 2 × 100) / 3 = 88.888…; (88.888… + 100) / 2 = 94.444… → 94.44
		// (rounding s(a,g) first would give (66.67 + 200) / 3 = 88.89, then 94.45)
		expect(await rows(wh, 'SELECT democratic_score FROM unit_results')).toEqual([{ democratic_score: 94.44 }]);
	});

	it('counts a team unanimous only when every ballot of every group is 好', async () => {
		const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 40] }, { id: 'B', group: 'D1', points: [50, 40] }], {}, layeredPolicy());
		b.files['team_ballots.csv'] = [
			teamHeader,
			...['politics', 'results'].flatMap((a) => [
				['A', a, 5, 0, 0, 0, 'leaders'],
				['A', a, 9, 0, 0, 0, 'staff'],
				['B', a, 5, 0, 0, 0, 'leaders'],
				['B', a, 9, a === 'results' ? 1 : 0, 0, 0, 'staff']
			])
		];
		b.files['cadre_ballots.csv'] = layered(b.files['cadre_ballots.csv'] as Table, 'leaders', 'staff');
		const wh = await warehouseWith(b);
		expect(await rows(wh, "SELECT teams, teams_unanimous, cadres_unanimous FROM satisfaction WHERE category = 'department'")).toEqual([
			{ teams: 2, teams_unanimous: 1, cadres_unanimous: 4 }
		]);
	});
});
