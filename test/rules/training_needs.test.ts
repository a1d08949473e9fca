// queries/rules/training_needs.sql — training needs (缺什么补什么), second edition.
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

const ballotHeader = ['cadre_id', 'aspect_id', 'excellent', 'competent', 'basically_competent', 'incompetent'];

describe('training needs', () => {
	it('lists the lowest aspects of a 基本称职 or 不称职 cadre, ties giving several rows, and none for the others', async () => {
		const policy = tinyPolicy();
		delete policy.reverse; // no reverse data at all: democratic rows only
		const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }] }], {}, policy);
		b.files['cadre_ballots.csv'] = [
			ballotHeader,
			['c1', 'integrity', 0, 5, 5, 0], // 70
			['c1', 'results', 0, 5, 5, 0], // 70: a tie → two rows; composite 0.4 × 90 + 0.6 × 70 = 78 → 基本称职
			['c2', 'integrity', 0, 0, 2, 1], // 40
			['c2', 'results', 1, 0, 1, 1], // 53.33…; composite 36 + 0.6 × 46.67 = 64.002 → 基本称职
			['c3', 'integrity', 10, 0, 0, 0],
			['c3', 'results', 0, 10, 0, 0] // 称职: none
		];
		const wh = await warehouseWith(b);
		expect(await rows(wh, 'SELECT cadre_id, source, aspect_id, unit_id, grade, score FROM training_needs ORDER BY cadre_id, aspect_id')).toEqual([
			{ cadre_id: 'c1', source: 'democratic', aspect_id: 'integrity', unit_id: 'A', grade: 'basically_competent', score: 70 },
			{ cadre_id: 'c1', source: 'democratic', aspect_id: 'results', unit_id: 'A', grade: 'basically_competent', score: 70 },
			{ cadre_id: 'c2', source: 'democratic', aspect_id: 'integrity', unit_id: 'A', grade: 'basically_competent', score: 40 }
		]);
	});

	it("adds the cadre's flagged reverse aspects (never usage intents), by the final grade", async () => {
		const b = unitsBundle(
			2008,
			[{ id: 'A', group: 'D1', points: [50, 40], cadres: [{ id: 'c1' }, { id: 'c2' }] }],
			{
				'cadre_reverse.csv': [
					['cadre_id', 'participants', 'theory', 'promote', 'retain', 'non_leadership', 'demote'],
					['c1', 3, 1, 0, 0, 0, 3], // theory 0.3333 ≥ 0.3333: flagged; demote 1 is a usage intent
					['c2', 3, 1, 0, 0, 0, 0]
				],
				// c1 is 优秀 by its ballots but 不称职 by the committee; c2 stays 优秀
				'final_grades.csv': [['cadre_id', 'grade'], ['c1', 'incompetent']]
			}
		);
		const wh = await warehouseWith(b);
		expect(await rows(wh, 'SELECT cadre_id, source, aspect_id, grade, score FROM training_needs ORDER BY source, aspect_id')).toEqual([
			{ cadre_id: 'c1', source: 'democratic', aspect_id: 'integrity', grade: 'incompetent', score: 100 },
			{ cadre_id: 'c1', source: 'democratic', aspect_id: 'results', grade: 'incompetent', score: 100 },
			{ cadre_id: 'c1', source: 'reverse', aspect_id: 'theory', grade: 'incompetent', score: 0.3333 }
		]);
	});
});
