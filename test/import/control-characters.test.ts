// A NUL, an escape or another control character in a name or code is refused with its file, line
// and column (issue #11): it would show one name as another, or cut it short where C strings end.
// A free text (a veto's reason) may still hold line breaks and tabs.
import { describe, expect, it } from 'vitest';
import { unitsBundle, type TestBundle } from '../helpers/bundle.js';
import { problemsOf, warehouseWith } from '../helpers/warehouse.js';

function bundle(unitName: string, cadreName: string, reason: string): TestBundle {
	const b = unitsBundle(2007, [
		{ id: 'A', group: 'D1', points: [58, 38] },
		{ id: 'B', group: 'D1', points: [50, 35] }
	]);
	(b.files['units.csv'] as (string | number)[][])[1]![1] = unitName;
	(b.files['cadres.csv'] as (string | number)[][])[2]![1] = cadreName;
	b.files['vetoes.csv'] = [['unit_id', 'item_id', 'reason'], ['B', 'safety', reason]];
	return b;
}

describe('control characters in a bundle', () => {
	it('are refused in names with file, line and column; line breaks in a free text are kept', async () => {
		const wh = await warehouseWith();
		expect(await problemsOf(bundle('单位A', '干部A-m', '第一行\n第二行\t备注'), wh)).toEqual([]);
		const problems = await problemsOf(bundle('单位\u0000A', '干部\u001b[31mA', '原因\u0007'), wh);
		// (unit A's row is refused with its name, so the rows naming A are reported too)
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^units\.csv:2: name: .*U\+0000/),
				expect.stringMatching(/^cadres\.csv:3: name: .*U\+001B/),
				expect.stringMatching(/^vetoes\.csv:2: reason: .*U\+0007/)
			])
		);
		expect(problems.filter((p) => p.includes('控制字符'))).toHaveLength(3);
	});
});
