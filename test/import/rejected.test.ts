// Every rejection CONTRACT.md lists ("A bundle is rejected … when"), on small bundles: the
// problem names the file, line and column, and the warehouse is exactly as it was before.
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle, type Table, type TestBundle } from '../helpers/bundle.js';
import { problemsOf, rows, snapshot, warehouseWith } from '../helpers/warehouse.js';
import type { Warehouse } from '../../src/lib/warehouse/db.js';

/** A valid 2007 bundle with every file: units A (D1), B (D1), T (T1). */
function valid(): TestBundle {
	return unitsBundle(
		2007,
		[
			{ id: 'A', group: 'D1', points: [58, 38] },
			{ id: 'B', group: 'D1', points: [50, 35] },
			{ id: 'T', group: 'T1', points: [65, 28] }
		],
		{
			'vetoes.csv': [['unit_id', 'item_id', 'reason']],
			'team_reverse.csv': [['unit_id', 'participants', 'unity'], ['A', 10, 2], ['B', 10, 0]],
			'cadre_reverse.csv': [
				['cadre_id', 'participants', 'theory', 'promote', 'retain', 'non_leadership', 'demote'],
				['A-s', 10, 1, 5, 3, 1, 1]
			],
			'pk_votes.csv': [['unit_id', 'votes'], ['A', 30], ['T', 12]],
			'final_grades.csv': [['cadre_id', 'grade'], ['B-m', 'competent']]
		}
	);
}

/** Edits one CSV table of a bundle: `f` gets the rows (header first) and returns new ones. */
function edit(file: string, f: (t: Table) => Table, b = valid()): TestBundle {
	b.files[file] = f(b.files[file] as Table);
	return b;
}
const append = (file: string, ...extra: Table) => edit(file, (t) => [...t, ...extra]);
const setCell = (file: string, line: number, column: number, value: string | number) =>
	edit(file, (t) => t.map((r, i) => (i === line - 1 ? r.map((c, j) => (j === column ? value : c)) : r)));

let wh: Warehouse;
let before: string;
beforeAll(async () => {
	wh = await warehouseWith({ ...valid(), year: 2006 });
	before = await snapshot(wh);
});

async function rejects(b: TestBundle, ...expected: RegExp[]): Promise<string[]> {
	const lines = await problemsOf(b, wh);
	expect(lines.length, 'the bundle should be rejected').toBeGreaterThan(0);
	for (const re of expected) expect(lines.some((l) => re.test(l)), `${re} in\n${lines.join('\n')}`).toBe(true);
	expect(await snapshot(wh)).toBe(before);
	return lines;
}

describe('a bundle is rejected, the warehouse unchanged, when', () => {
	it('the valid bundle itself is accepted (so each case below fails for its own reason)', async () => {
		const other = await warehouseWith();
		expect(await problemsOf(valid(), other)).toEqual([]);
	});

	it('a required file is missing', async () => {
		for (const file of ['units.csv', 'cadres.csv', 'target_scores.csv', 'team_ballots.csv', 'cadre_ballots.csv']) {
			const b = valid();
			delete b.files[file];
			await rejects(b, new RegExp(`^${file.replace('.', '\\.')}: `));
		}
	});

	it('a required column is missing', async () => {
		await rejects(edit('units.csv', (t) => t.map((r) => r.slice(0, 4))), /^units\.csv:1: staff: /);
		await rejects(edit('team_reverse.csv', (t) => t.map((r) => r.slice(0, 2))), /^team_reverse\.csv:1: unity: /);
	});

	it('a header is given twice, by both its names', async () => {
		await rejects(edit('units.csv', (t) => t.map((r, i) => [...r, i === 0 ? '编内在职职工人数' : r[4]!])), /^units\.csv:1: staff: /);
	});

	it('a key repeats, in every file that has one', async () => {
		await rejects(append('units.csv', ['A', '又一个A', 'D1', 'dept', 3]), /^units\.csv:5: unit_id: /);
		await rejects(append('cadres.csv', ['A-s', '重名', 'B', 'member']), /^cadres\.csv:8: cadre_id: /);
		await rejects(append('target_scores.csv', ['A', 'key', 1]), /^target_scores\.csv:8: unit_id\+item_id: /);
		await rejects(append('vetoes.csv', ['B', 'safety', ''], ['B', '安全', '重复']), /^vetoes\.csv:3: unit_id\+item_id: /);
		await rejects(append('team_ballots.csv', ['A', '工作实绩', 1, 0, 0, 0]), /^team_ballots\.csv:8: unit_id\+aspect_id: /);
		await rejects(append('cadre_ballots.csv', ['A-s', 'integrity', 1, 0, 0, 0]), /^cadre_ballots\.csv:14: cadre_id\+aspect_id: /);
		await rejects(append('team_reverse.csv', ['A', 10, 1]), /^team_reverse\.csv:4: unit_id: /);
		await rejects(append('cadre_reverse.csv', ['A-s', 10, 1, 1, 1, 1, 1]), /^cadre_reverse\.csv:3: cadre_id: /);
		await rejects(append('pk_votes.csv', ['A', 3]), /^pk_votes\.csv:4: unit_id: /);
		await rejects(append('final_grades.csv', ['B-m', 'excellent']), /^final_grades\.csv:3: cadre_id: /);
	});

	it('an id refers to nothing', async () => {
		await rejects(setCell('units.csv', 2, 2, 'D9'), /^units\.csv:2: group_id: /);
		await rejects(setCell('units.csv', 2, 3, 'nowhere'), /^units\.csv:2: template: /);
		await rejects(setCell('cadres.csv', 2, 2, 'Z'), /^cadres\.csv:2: unit_id: /);
		await rejects(setCell('target_scores.csv', 2, 1, 'order'), /^target_scores\.csv:2: item_id: /); // a township item, A is a department
		await rejects(setCell('team_ballots.csv', 3, 1, 'culture'), /^team_ballots\.csv:3: aspect_id: /);
		await rejects(setCell('cadre_ballots.csv', 2, 0, 'nobody'), /^cadre_ballots\.csv:2: cadre_id: /);
		await rejects(append('vetoes.csv', ['A', 'flood', '']), /^vetoes\.csv:2: item_id: /);
		await rejects(setCell('pk_votes.csv', 2, 0, 'Z'), /^pk_votes\.csv:2: unit_id: /);
	});

	it('a count, staff or vote is not a whole number ≥ 0, or is blank', async () => {
		await rejects(setCell('units.csv', 2, 4, '-1'), /^units\.csv:2: staff: /);
		await rejects(setCell('units.csv', 3, 4, '2.5'), /^units\.csv:3: staff: /);
		await rejects(setCell('team_ballots.csv', 2, 3, 'abc'), /^team_ballots\.csv:2: fairly_good: /);
		await rejects(setCell('cadre_ballots.csv', 2, 5, ''), /^cadre_ballots\.csv:2: incompetent: /);
		await rejects(setCell('pk_votes.csv', 2, 1, '1e3'), /^pk_votes\.csv:2: votes: /);
		await rejects(setCell('team_reverse.csv', 2, 1, ' '), /^team_reverse\.csv:2: participants: /);
	});

	it('points are outside 0..the item maximum', async () => {
		await rejects(setCell('target_scores.csv', 2, 2, '60.01'), /^target_scores\.csv:2: points: /);
		await rejects(setCell('target_scores.csv', 3, 2, '-0.5'), /^target_scores\.csv:3: points: /);
		await rejects(setCell('target_scores.csv', 3, 2, 'ten'), /^target_scores\.csv:3: points: /);
	});

	it('a unit lacks a score for an item of its template', async () => {
		await rejects(edit('target_scores.csv', (t) => t.filter((r) => !(r[0] === 'B' && r[1] === 'party'))), /^target_scores\.csv: item_id: .*B.*party/);
	});

	it('a unit lacks team ballots, or a cadre ballots, for an aspect; or an aspect adds up to 0', async () => {
		await rejects(edit('team_ballots.csv', (t) => t.filter((r) => !(r[0] === 'T' && r[1] === 'results'))), /^team_ballots\.csv: aspect_id: .*T.*results/);
		await rejects(edit('cadre_ballots.csv', (t) => t.filter((r) => !(r[0] === 'B-m' && r[1] === 'integrity'))), /^cadre_ballots\.csv: aspect_id: .*B-m.*integrity/);
		await rejects(edit('team_ballots.csv', (t) => t.map((r, i) => (i === 2 ? [r[0]!, r[1]!, 0, 0, 0, 0] : r))), /^team_ballots\.csv:3: aspect_id: /);
	});

	it("a veto names an item that is not among its template's veto items", async () => {
		await rejects(append('vetoes.csv', ['A', 'planning', '']), /^vetoes\.csv:2: item_id: /); // a township veto item
	});

	it('a reverse count exceeds participants, or the usage intents add up to more', async () => {
		await rejects(setCell('team_reverse.csv', 2, 2, 11), /^team_reverse\.csv:2: unity: /);
		await rejects(setCell('cadre_reverse.csv', 2, 4, 4), /^cadre_reverse\.csv:2: promote\+retain\+non_leadership\+demote: /);
	});

	it('a PK vote names a unit that is not a PK candidate', async () => {
		await rejects(append('pk_votes.csv', ['B', 1]), /^pk_votes\.csv:4: unit_id: /); // B scored 85
	});

	it('there are PK votes but the policy has no competitive vote', async () => {
		const b = valid();
		b.policy = tinyPolicy({ excellence: { quota: { department: 2, township: 1 }, pk_ratio: null } });
		await rejects(b, /^pk_votes\.csv: /);
	});

	it('a final grade is unknown', async () => {
		await rejects(setCell('final_grades.csv', 2, 1, '良好'), /^final_grades\.csv:2: grade: /);
	});

	it('a reverse file is given but the policy has no reverse evaluation', async () => {
		const b = valid();
		const p = tinyPolicy();
		delete p.reverse;
		b.policy = p;
		await rejects(b, /^team_reverse\.csv: /, /^cadre_reverse\.csv: /);
	});

	it("bundle.json's year is not a whole number, or its policy id differs from the bundle's policy.json", async () => {
		await rejects({ ...valid(), bundleJson: { year: '2007年', policy: 'tiny' } }, /^bundle\.json: year: /);
		await rejects({ ...valid(), bundleJson: { year: 2007.5, policy: 'tiny' } }, /^bundle\.json: year: /);
		await rejects({ ...valid(), bundleJson: { year: 2007, policy: 'other' } }, /^bundle\.json: policy: /);
	});

	it('the policy is invalid, naming the field', async () => {
		const p = tinyPolicy();
		(p.templates as { items: { max: number }[] }[])[0]!.items[0]!.max = 50;
		await rejects({ ...valid(), policy: p }, /^policy\.json: templates\[0\]\.items: /);
		await rejects({ ...valid(), policy: tinyPolicy({ bottom_two: {} }) }, /^policy\.json: bottom_two\.size: /);
	});

	it('the year is already in the warehouse, unless replaced', async () => {
		await rejects({ ...valid(), year: 2006 }, /^bundle\.json: year: /);
		const other = await warehouseWith({ ...valid(), year: 2006 });
		const b = { ...valid(), year: 2006 };
		b.files['units.csv'] = (b.files['units.csv'] as Table).map((r) => (r[0] === 'A' ? [...r.slice(0, 4), 99] : r));
		expect(await problemsOf(b, other, true)).toEqual([]);
		expect(await rows(other, "SELECT staff FROM unit_results WHERE unit_id = 'A'")).toEqual([{ staff: 99 }]);
	});

	it('reports every problem of a bundle in one run, at most 100', async () => {
		const several = setCell('units.csv', 2, 4, 'x');
		several.files['cadres.csv'] = [...(several.files['cadres.csv'] as Table), ['Q', '某', 'Z', 'member']];
		several.files['final_grades.csv'] = [['cadre_id', 'grade'], ['B-m', 'good']];
		const lines = await rejects(several, /^units\.csv:2: staff: /, /^cadres\.csv:8: unit_id: /, /^final_grades\.csv:2: grade: /);
		expect(lines.length).toBeGreaterThanOrEqual(3);

		const many = append('pk_votes.csv', ...Array.from({ length: 150 }, (_, i) => [`X${i}`, 1]));
		expect(await rejects(many, /^pk_votes\.csv:4: unit_id: /)).toHaveLength(100);
	});
});
