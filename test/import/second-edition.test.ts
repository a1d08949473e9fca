// The second edition's files and columns (CONTRACT.md, "Second edition"): accepted in a CSV folder
// and in a workbook, with Chinese headers and labels; every new rejection names file, line and
// column, and leaves the warehouse exactly as it was.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layered, layeredPolicy, tinyPolicy, unitsBundle, writeBundle, type Table, type TestBundle } from '../helpers/bundle.js';
import { problemsOf, rows, snapshot, warehouseWith } from '../helpers/warehouse.js';
import { readBundle } from '../../src/lib/bundle/read.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { importInto } from '../helpers/warehouse.js';

/** A valid 2008 bundle using every second-edition field: rater groups, periodic, cadre rules, comments. */
function valid(): TestBundle {
	const policy = layeredPolicy(undefined, {
		periodic: { weight: 0.2 },
		cadre_rules: { incompetent_share_min: 0.3334, team_bands_bar_excellent: ['average', 'poor'], excellent_share_max: 0.3, admonish_share_below: 0.6 }
	});
	const b = unitsBundle(2008, [{ id: 'A', group: 'D1', points: [58, 38] }, { id: 'B', group: 'D1', points: [50, 35] }], {}, policy);
	b.files['team_ballots.csv'] = layered(b.files['team_ballots.csv'] as Table, 'leaders', 'staff');
	b.files['cadre_ballots.csv'] = layered(b.files['cadre_ballots.csv'] as Table, 'leaders', 'staff');
	b.files['periodic_scores.csv'] = [['unit_id', 'period', 'points'], ['A', 'Q1', 90], ['A', 'Q2', '88.5'], ['B', '上半年', 70]];
	b.files['team_comments.csv'] = [['unit_id', 'comment'], ['A', '班子团结，实绩突出。']];
	b.files['cadre_comments.csv'] = [['cadre_id', 'comment'], ['B-m', '工作扎实，创新不足。']];
	return b;
}

function edit(file: string, f: (t: Table) => Table, b = valid()): TestBundle {
	b.files[file] = f(b.files[file] as Table);
	return b;
}
const append = (file: string, ...extra: Table) => edit(file, (t) => [...t, ...extra]);

let wh: Warehouse;
let before: string;
beforeAll(async () => {
	wh = await warehouseWith({ ...valid(), year: 2007 });
	before = await snapshot(wh);
});

async function rejects(b: TestBundle, ...expected: RegExp[]): Promise<string[]> {
	const lines = await problemsOf(b, wh);
	expect(lines.length, 'the bundle should be rejected').toBeGreaterThan(0);
	for (const re of expected) expect(lines.some((l) => re.test(l)), `${re} in\n${lines.join('\n')}`).toBe(true);
	expect(await snapshot(wh)).toBe(before);
	return lines;
}

describe('second-edition bundles are accepted', () => {
	it('the valid bundle, with its comments and periodic scores', async () => {
		const other = await warehouseWith(valid());
		expect(await rows(other, 'SELECT unit_id, item_score, periodic_score, target_score FROM unit_results ORDER BY unit_id')).toEqual([
			// A: items 96, periodic (90 + 88.5) / 2 = 89.25 → 0.8 × 96 + 0.2 × 89.25 = 94.65; B: 85 and 70 → 82
			{ unit_id: 'A', item_score: 96, periodic_score: 89.25, target_score: 94.65 },
			{ unit_id: 'B', item_score: 85, periodic_score: 70, target_score: 82 }
		]);
		expect(await rows(other, 'SELECT count(*) AS n FROM comments')).toEqual([{ n: 2 }]);
	});

	it('as one workbook with Chinese headers and labels, giving the same results as the folder', async () => {
		const b = valid();
		const zh: Record<string, string> = { unit_id: '单位编码', cadre_id: '干部编码', aspect_id: '测评项目', rater_group: '测评人类别', period: '考核期', points: '得分', comment: '评语' };
		const groupNames: Record<string, string> = { leaders: '区级领导', staff: '干部职工代表' };
		const wb = new ExcelJS.Workbook();
		const manifest = wb.addWorksheet('bundle');
		manifest.addRow(['year', 2008]);
		manifest.addRow(['policy', 'tiny']);
		wb.addWorksheet('policy').getCell('A1').value = JSON.stringify(b.policy);
		for (const [file, table] of Object.entries(b.files) as [string, Table][]) {
			const sheet = wb.addWorksheet(file.replace(/\.csv$/, ''));
			const header = table[0]!.map(String);
			const g = header.indexOf('rater_group');
			sheet.addRow(header.map((h) => zh[h] ?? h));
			for (const r of table.slice(1)) sheet.addRow(r.map((c, i) => (i === g ? groupNames[String(c)] : c)));
		}
		const path = join(writeBundle({ year: 0, files: {}, policy: null }), '2008.xlsx');
		await wb.xlsx.writeFile(path);
		const fromXlsx = await Warehouse.open(':memory:');
		await importInto(fromXlsx, path);
		const fromCsv = await warehouseWith(valid());
		for (const view of ['unit_results', 'cadre_results', 'alerts', 'training_needs', 'comments', 'satisfaction']) {
			const q = `SELECT * FROM ${view} ORDER BY ALL`;
			expect(await rows(fromXlsx, q), view).toEqual(await rows(fromCsv, q));
		}
		expect(await rows(fromXlsx, 'SELECT DISTINCT rater_group FROM cadre_ballots ORDER BY 1')).toEqual([{ rater_group: 'leaders' }, { rater_group: 'staff' }]);
	});
});

describe('a second-edition bundle is rejected, the warehouse unchanged, when', () => {
	it('the valid bundle itself is accepted (so each case below fails for its own reason)', async () => {
		expect(await problemsOf(valid(), await warehouseWith())).toEqual([]);
	});

	it('a ballot file has a rater_group column under a policy without rater groups', async () => {
		const b = valid();
		b.policy = tinyPolicy({ periodic: { weight: 0.2 } });
		b.files['team_ballots.csv'] = layered(unitsBundle(2008, []).files['team_ballots.csv'] as Table, 'leaders');
		b.files['cadre_ballots.csv'] = (b.files['cadre_ballots.csv'] as Table).map((r, i) => (i === 0 ? [...r.slice(0, 6), '测评人类别'] : r));
		await rejects(b, /^team_ballots\.csv:1: rater_group: /, /^cadre_ballots\.csv:1: rater_group: .*测评人类别/);
	});

	it('the rater_group column is missing under a policy with rater groups', async () => {
		await rejects(edit('team_ballots.csv', (t) => t.map((r) => r.slice(0, 6))), /^team_ballots\.csv:1: rater_group: 缺少列/);
	});

	it('a rater group is unknown (neither an id nor a name of the policy)', async () => {
		await rejects(append('cadre_ballots.csv', ['A-s', 'integrity', 1, 0, 0, 0, '群众']), /^cadre_ballots\.csv:18: rater_group: /);
	});

	it('a key repeats once the rater group is resolved (id and name are the same group)', async () => {
		await rejects(append('team_ballots.csv', ['A', 'politics', 1, 0, 0, 0, '区级领导']), /^team_ballots\.csv:10: unit_id\+aspect_id\+rater_group: /);
	});

	it('a subject lacks an aspect in every group', async () => {
		const b = edit('cadre_ballots.csv', (t) => t.filter((r) => !(r[0] === 'B-m' && r[1] === 'results')));
		await rejects(b, /^cadre_ballots\.csv: aspect_id: 干部 B-m 缺少测评项目 “results”/);
	});

	it("a group's row adds up to 0", async () => {
		const b = edit('team_ballots.csv', (t) => t.map((r, i) => (i === 3 ? [r[0]!, r[1]!, 0, 0, 0, 0, r[6]!] : r)));
		await rejects(b, /^team_ballots\.csv:4: aspect_id: /);
	});

	it('periodic_scores.csv is given under a policy without periodic', async () => {
		const b = valid();
		b.policy = layeredPolicy();
		await rejects(b, /^periodic_scores\.csv: .*periodic/);
	});

	it('periodic_scores.csv is missing under a policy with periodic', async () => {
		const b = valid();
		delete b.files['periodic_scores.csv'];
		await rejects(b, /^periodic_scores\.csv: 缺少必需的文件/);
	});

	it('periodic points are outside 0..100 or not a number', async () => {
		await rejects(append('periodic_scores.csv', ['B', '下半年', '100.01']), /^periodic_scores\.csv:5: points: /);
		await rejects(append('periodic_scores.csv', ['B', '下半年', '-1']), /^periodic_scores\.csv:5: points: /);
		await rejects(append('periodic_scores.csv', ['B', '下半年', '良好']), /^periodic_scores\.csv:5: points: /);
	});

	it('a unit has no periodic score', async () => {
		await rejects(edit('periodic_scores.csv', (t) => t.filter((r) => r[0] !== 'B')), /^periodic_scores\.csv: unit_id: 单位 B /);
	});

	it('a period repeats for a unit (compared after trimming), or names no unit', async () => {
		await rejects(append('periodic_scores.csv', ['A', ' Q1 ', 80]), /^periodic_scores\.csv:5: unit_id\+period: /);
		await rejects(append('periodic_scores.csv', ['Z', 'Q1', 80]), /^periodic_scores\.csv:5: unit_id: /);
	});

	it('a comment is empty or only spaces, names nothing, or repeats', async () => {
		await rejects(append('team_comments.csv', ['B', '   ']), /^team_comments\.csv:3: comment: /);
		await rejects(append('cadre_comments.csv', ['Q-m', '好']), /^cadre_comments\.csv:3: cadre_id: /);
		await rejects(append('team_comments.csv', ['A', '又一条']), /^team_comments\.csv:3: unit_id: /);
	});

	it('the policy breaks a second-edition rule, naming the field', async () => {
		const withPolicy = (edit: (p: Record<string, any>) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
			const b = valid();
			edit(b.policy as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
			return b;
		};
		await rejects(withPolicy((p) => (p.democratic.rater_groups[1].weight = 1e308)), /^policy\.json: democratic\.rater_groups\[1\]\.weight: /);
		await rejects(withPolicy((p) => (p.reward.per_point_per_capita = 1e-13)), /^policy\.json: reward\.per_point_per_capita: /);
		await rejects(withPolicy((p) => (p.periodic = null)), /^policy\.json: periodic: /);
		await rejects(withPolicy((p) => (p.cadre_rules.excellent_share_max = 1.5)), /^policy\.json: cadre_rules\.excellent_share_max: /);
	});
});
