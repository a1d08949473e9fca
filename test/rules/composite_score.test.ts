// queries/rules/composite_score.sql and cadre_grade.sql — rules 4 and 5.
import { describe, expect, it } from 'vitest';
import { unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

describe('composite score and cadre grade', () => {
	// Target 85. Team ballots [5,3,2,0] → 86. Cadre ballots [0,5,5,0] → 70, [5,0,5,0] → 80, [10,0,0,0] → 100.
	const bundle = unitsBundle(2007, [
		{
			id: 'A',
			group: 'D1',
			points: [50, 35],
			team: [5, 3, 2, 0],
			cadres: [
				{ id: 'sec', role: 'party_secretary', ballots: [0, 5, 5, 0] }, // 0.6 × 85 + 0.4 × 70 = 79 → basically_competent
				{ id: 'head', role: 'administrative_head', ballots: [5, 0, 5, 0] }, // 51 + 32 = 83 → competent
				{ id: 'mem', role: 'member', ballots: [0, 5, 5, 0] }, // 0.4 × 85 + 0.6 × 70 = 76 → basically_competent
				{ id: 'star', role: 'member', ballots: [10, 0, 0, 0] } // 34 + 60 = 94 → excellent
			]
		}
	]);

	it('weights the team and principal leaders with principal_target_weight, members with member_target_weight', async () => {
		const wh = await warehouseWith(bundle);
		expect(await rows(wh, 'SELECT composite_score FROM unit_results')).toEqual([{ composite_score: 85.4 }]); // 51 + 34.4
		expect(
			await rows(wh, 'SELECT cadre_id, principal, target_score, composite_score, suggested_grade, final_grade, grade FROM cadre_results ORDER BY cadre_id')
		).toEqual([
			{ cadre_id: 'head', principal: true, target_score: 85, composite_score: 83, suggested_grade: 'competent', final_grade: null, grade: 'competent' },
			{ cadre_id: 'mem', principal: false, target_score: 85, composite_score: 76, suggested_grade: 'basically_competent', final_grade: null, grade: 'basically_competent' },
			{ cadre_id: 'sec', principal: true, target_score: 85, composite_score: 79, suggested_grade: 'basically_competent', final_grade: null, grade: 'basically_competent' },
			{ cadre_id: 'star', principal: false, target_score: 85, composite_score: 94, suggested_grade: 'excellent', final_grade: null, grade: 'excellent' }
		]);
	});

	it('lets a final grade (code or Chinese label) override the suggested grade', async () => {
		const b = structuredClone(bundle);
		b.files['final_grades.csv'] = [
			['干部编码', '等次'],
			['sec', '称职'],
			['star', 'incompetent']
		];
		const wh = await warehouseWith(b);
		expect(await rows(wh, "SELECT cadre_id, suggested_grade, final_grade, grade FROM cadre_results WHERE cadre_id IN ('sec', 'star') ORDER BY 1")).toEqual([
			{ cadre_id: 'sec', suggested_grade: 'basically_competent', final_grade: 'competent', grade: 'competent' },
			{ cadre_id: 'star', suggested_grade: 'excellent', final_grade: 'incompetent', grade: 'incompetent' }
		]);
	});
});
