// queries/rules/comments.sql — the committee's comments (评语), second edition.
import { describe, expect, it } from 'vitest';
import { unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

describe('comments', () => {
	it('keeps a comment as given, trimmed, with the quotes, commas and line breaks of a quoted cell; a cadre under its unit', async () => {
		const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 40] }, { id: 'B', group: 'D1', points: [50, 40] }]);
		b.files['team_comments.csv'] = 'unit_id,comment\r\nA,"  班子团结，""敢抓敢管""；\n不足：创新不够。  "\r\n';
		b.files['cadre_comments.csv'] = [['干部编码', '评语'], ['B-m', '作风扎实，今后要加强理论学习']];
		const wh = await warehouseWith(b);
		expect(await rows(wh, 'SELECT subject, unit_id, cadre_id, comment FROM comments ORDER BY subject')).toEqual([
			{ subject: 'cadre', unit_id: 'B', cadre_id: 'B-m', comment: '作风扎实，今后要加强理论学习' },
			{ subject: 'team', unit_id: 'A', cadre_id: null, comment: '班子团结，"敢抓敢管"；\n不足：创新不够。' }
		]);
	});
});
