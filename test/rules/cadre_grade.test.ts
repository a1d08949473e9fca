// queries/rules/cadre_grade.sql — rule 5 with the national limits of cadre_rules (second edition).
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle, type Table } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

const ballotHeader = ['cadre_id', 'aspect_id', 'excellent', 'competent', 'basically_competent', 'incompetent'];

describe('cadre grade under cadre_rules', () => {
	it('makes a cadre 不称职 when its pooled incompetent share, rounded to 4, reaches the minimum', async () => {
		const b = unitsBundle(
			2008,
			[{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }] }],
			{},
			tinyPolicy({ cadre_rules: { incompetent_share_min: 0.3334 } })
		);
		b.files['cadre_ballots.csv'] = [
			ballotHeader,
			// c1: 1667 of 5000 不称职 = 0.3334, at the minimum. Democratic (66.64 + 66.68) / 2 = 66.66,
			// composite 0.4 × 90 + 0.6 × 66.66 = 75.996 → 76: band 基本称职
			['c1', 'integrity', 1666, 0, 0, 834],
			['c1', 'results', 1667, 0, 0, 833],
			// c2: 3333 of 10000 = 0.3333, below: the band stands
			['c2', 'integrity', 3334, 0, 0, 1666],
			['c2', 'results', 3333, 0, 0, 1667],
			// c3: 6667 of 20000 = 0.33335 → 0.3334 (half away from zero): at the minimum
			['c3', 'integrity', 6667, 0, 0, 3333],
			['c3', 'results', 6666, 0, 0, 3334]
		];
		const wh = await warehouseWith(b);
		expect(await rows(wh, 'SELECT cadre_id, incompetent_share, approval_share, band_grade, suggested_grade, limited_by, grade FROM cadre_results ORDER BY cadre_id')).toEqual([
			{ cadre_id: 'c1', incompetent_share: 0.3334, approval_share: 0.6666, band_grade: 'basically_competent', suggested_grade: 'incompetent', limited_by: 'incompetent_share', grade: 'incompetent' },
			{ cadre_id: 'c2', incompetent_share: 0.3333, approval_share: 0.6667, band_grade: 'basically_competent', suggested_grade: 'basically_competent', limited_by: null, grade: 'basically_competent' },
			{ cadre_id: 'c3', incompetent_share: 0.3334, approval_share: 0.6667, band_grade: 'basically_competent', suggested_grade: 'incompetent', limited_by: 'incompetent_share', grade: 'incompetent' }
		]);
	});

	it("bars a principal leader of a team banded 一般 or 差 from 优秀, and leaves members alone", async () => {
		const b = unitsBundle(
			2008,
			[
				{
					id: 'A',
					group: 'D1',
					points: [50, 40],
					team: [0, 5, 5, 0], // 70 → 一般
					cadres: [{ id: 'A-s', role: 'party_secretary' }, { id: 'A-h', role: 'administrative_head' }, { id: 'A-m' }]
				},
				{ id: 'B', group: 'D1', points: [50, 40], team: [10, 0, 0, 0] } // 好
			],
			{},
			tinyPolicy({ cadre_rules: { team_bands_bar_excellent: ['average', 'poor'] } })
		);
		const wh = await warehouseWith(b);
		// every cadre all 优秀: principal 0.6 × 90 + 0.4 × 100 = 94, member 0.4 × 90 + 0.6 × 100 = 96, all 优秀 by band
		expect(await rows(wh, 'SELECT cadre_id, composite_score, band_grade, suggested_grade, limited_by FROM cadre_results ORDER BY cadre_id')).toEqual([
			{ cadre_id: 'A-h', composite_score: 94, band_grade: 'excellent', suggested_grade: 'competent', limited_by: 'team_bar' },
			{ cadre_id: 'A-m', composite_score: 96, band_grade: 'excellent', suggested_grade: 'excellent', limited_by: null },
			{ cadre_id: 'A-s', composite_score: 94, band_grade: 'excellent', suggested_grade: 'competent', limited_by: 'team_bar' },
			{ cadre_id: 'B-m', composite_score: 96, band_grade: 'excellent', suggested_grade: 'excellent', limited_by: null },
			{ cadre_id: 'B-s', composite_score: 94, band_grade: 'excellent', suggested_grade: 'excellent', limited_by: null }
		]);
	});

	it('caps 优秀 at floor(share × cadres) by composite, democratic score and cadre_id; final grades neither count nor free a place', async () => {
		const b = unitsBundle(
			2008,
			[
				{ id: 'A', group: 'D1', points: [50, 40] }, // target 90
				{ id: 'B', group: 'D1', points: [51, 40] }, // target 91
				{ id: 'C', group: 'T1', points: [50, 30] }, // a township counts too
				{ id: 'D', group: 'D1', points: [50, 40] } // target 90, as A
			],
			{ 'final_grades.csv': [['cadre_id', 'grade'], ['A-s', 'competent'], ['D-s', 'excellent']] },
			tinyPolicy({ cadre_rules: { excellent_share_max: 0.5 } })
		);
		const ballots = (b.files['cadre_ballots.csv'] as Table).map((r) => {
			if (r[0] === 'B-s') return [r[0]!, r[1]!, 37, 3, 0, 0]; // (37 + 2.4) / 40 = 98.5
			if (String(r[0]).startsWith('C-')) return [r[0]!, r[1]!, 0, 10, 0, 0]; // 80: not 优秀
			return r;
		});
		b.files['cadre_ballots.csv'] = ballots;
		const wh = await warehouseWith(b);
		// 8 cadres → 4 keep 优秀. Candidates: B-m 96.4; A-m, D-m 96 (democratic 100 both: by cadre_id);
		// A-s, D-s 94 with 100; B-s 0.6 × 91 + 0.4 × 98.5 = 94 with 98.5. Kept: B-m, A-m, D-m, A-s.
		// A-s keeps its place though its final grade is 称职; D-s's final 优秀 frees nothing for B-s.
		expect(
			await rows(wh, "SELECT cadre_id, composite_score, democratic_score, suggested_grade, limited_by, final_grade, grade FROM cadre_results WHERE unit_id <> 'C' ORDER BY cadre_id")
		).toEqual([
			{ cadre_id: 'A-m', composite_score: 96, democratic_score: 100, suggested_grade: 'excellent', limited_by: null, final_grade: null, grade: 'excellent' },
			{ cadre_id: 'A-s', composite_score: 94, democratic_score: 100, suggested_grade: 'excellent', limited_by: null, final_grade: 'competent', grade: 'competent' },
			{ cadre_id: 'B-m', composite_score: 96.4, democratic_score: 100, suggested_grade: 'excellent', limited_by: null, final_grade: null, grade: 'excellent' },
			{ cadre_id: 'B-s', composite_score: 94, democratic_score: 98.5, suggested_grade: 'competent', limited_by: 'excellent_cap', final_grade: null, grade: 'competent' },
			{ cadre_id: 'D-m', composite_score: 96, democratic_score: 100, suggested_grade: 'excellent', limited_by: null, final_grade: null, grade: 'excellent' },
			{ cadre_id: 'D-s', composite_score: 94, democratic_score: 100, suggested_grade: 'competent', limited_by: 'excellent_cap', final_grade: 'excellent', grade: 'excellent' }
		]);
	});

	it('applies the limits in order: the incompetent share before the team bar before the cap', async () => {
		const b = unitsBundle(
			2008,
			[
				{ id: 'A', group: 'D1', points: [50, 40], team: [0, 0, 0, 10], cadres: [{ id: 'A-s', role: 'party_secretary' }, { id: 'A-m' }] },
				{ id: 'B', group: 'D1', points: [50, 40], cadres: [{ id: 'B-s', role: 'party_secretary' }, { id: 'B-m', ballots: [0, 10, 0, 0] }] }
			],
			{},
			tinyPolicy({ cadre_rules: { incompetent_share_min: 0.3334, team_bands_bar_excellent: ['poor'], excellent_share_max: 0.25 } })
		);
		// A-m: 6 优秀 and 4 不称职 per aspect — democratic 60, composite 0.4 × 90 + 0.6 × 60 = 72 (基本称职),
		// share 0.4 → 不称职 by the share.
		b.files['cadre_ballots.csv'] = (b.files['cadre_ballots.csv'] as Table).map((r) => (r[0] === 'A-m' ? [r[0]!, r[1]!, 6, 0, 0, 4] : r));
		const wh = await warehouseWith(b);
		// A-s: barred (team 差) → 称职, not counted for the cap; B-s 94 and B-m (0.4 × 90 + 0.6 × 80 = 84, 称职).
		// Cap floor(0.25 × 4) = 1: B-s alone is 优秀 and keeps it.
		expect(await rows(wh, 'SELECT cadre_id, band_grade, suggested_grade, limited_by FROM cadre_results ORDER BY cadre_id')).toEqual([
			{ cadre_id: 'A-m', band_grade: 'basically_competent', suggested_grade: 'incompetent', limited_by: 'incompetent_share' },
			{ cadre_id: 'A-s', band_grade: 'excellent', suggested_grade: 'competent', limited_by: 'team_bar' },
			{ cadre_id: 'B-m', band_grade: 'competent', suggested_grade: 'competent', limited_by: null },
			{ cadre_id: 'B-s', band_grade: 'excellent', suggested_grade: 'excellent', limited_by: null }
		]);
	});

	it('computes the shares under every policy and changes nothing without cadre_rules', async () => {
		const wh = await warehouseWith(
			unitsBundle(2007, [{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'c1', ballots: [1, 1, 1, 0] }] }])
		);
		// 0.4 × 90 + 0.6 × 80 = 84 → 称职; shares 0 / 6 and 4 / 6
		expect(await rows(wh, 'SELECT incompetent_share, approval_share, band_grade, suggested_grade, limited_by FROM cadre_results')).toEqual([
			{ incompetent_share: 0, approval_share: 0.6667, band_grade: 'competent', suggested_grade: 'competent', limited_by: null }
		]);
	});
});
