// What a bundle may look like and still be accepted (CONTRACT.md, "The year bundle"): Chinese or
// mixed-case headers, labels and names for codes and ids, GB18030 or a BOM, blank lines, extra
// columns, and one .xlsx workbook instead of a folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csv, tinyPolicy, unitsBundle, writeBundle, type Table, type TestBundle } from '../helpers/bundle.js';
import { problemsOf, rows, warehouseWith, importInto } from '../helpers/warehouse.js';
import { readBundle } from '../../src/lib/bundle/read.js';
import { validateBundle } from '../../src/lib/bundle/validate.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { projectPath } from '../../src/lib/paths.js';

const base = (): TestBundle =>
	unitsBundle(2007, [
		{ id: 'A', group: 'D1', points: [58, 38], team: [8, 2, 0, 0] },
		{ id: 'B', group: 'D1', points: ['50.5', 35], team: [6, 2, 2, 0] },
		{ id: 'T', group: 'T1', points: [65, 28] }
	]);

const results = (wh: Warehouse) =>
	rows(wh, 'SELECT unit_id, name, group_id, template, staff, target_score, democratic_score, grade FROM unit_results ORDER BY unit_id');
const cadreResults = (wh: Warehouse) => rows(wh, 'SELECT cadre_id, name, role, grade FROM cadre_results ORDER BY cadre_id');

const ZH: Record<string, string> = {
	unit_id: '单位编码', name: '单位名称', group_id: '考核组', template: '单位类型', staff: '编内在职职工人数',
	cadre_id: '干部编码', role: '职务类别', item_id: '考核项目', points: '得分', aspect_id: '测评项目',
	good: '好', fairly_good: '较好', average: '一般', poor: '差', excellent: '优秀', competent: '称职',
	basically_competent: '基本称职', incompetent: '不称职'
};

describe('an accepted bundle', () => {
	it('may use Chinese headers, mixed-case English headers, labels for roles and names for ids', async () => {
		const expected = await warehouseWith(base());
		const b = base();
		for (const [file, table] of Object.entries(b.files)) {
			const t = table as Table;
			b.files[file] = [t[0]!.map((h) => (file === 'cadres.csv' && h === 'name' ? '姓名' : ZH[h as string] ?? h)), ...t.slice(1)];
		}
		b.files['units.csv'] = (b.files['units.csv'] as Table).map((r, i) => (i === 0 ? r : [r[0]!, r[1]!, r[2] === 'D1' ? '部门一组' : r[2]!, r[3] === 'dept' ? '区直部门' : '街道镇乡', r[4]!]));
		b.files['cadres.csv'] = (b.files['cadres.csv'] as Table).map((r, i) => (i === 0 ? r : [r[0]!, r[1]!, r[2]!, r[3] === 'member' ? '班子成员' : '党委书记']));
		b.files['target_scores.csv'] = (b.files['target_scores.csv'] as Table).map((r, i) => (i === 0 ? ['Unit_ID', 'ITEM_ID', 'Points'] : [r[0]!, r[1] === 'key' ? '重点工作' : r[1]!, r[2]!]));
		b.files['team_ballots.csv'] = (b.files['team_ballots.csv'] as Table).map((r, i) => (i === 0 || r[1] !== 'results' ? r : [r[0]!, '工作实绩', ...r.slice(2)]));
		const wh = await warehouseWith(b);
		expect(await results(wh)).toEqual(await results(expected));
		expect(await cadreResults(wh)).toEqual(await cadreResults(expected));
	});

	it('rejects a name that is not unique in the policy', async () => {
		const b = base();
		const policy = tinyPolicy() as { templates: { items: { name: string }[] }[] };
		policy.templates[0]!.items[1]!.name = '重点工作'; // now two items of `dept` share the name
		b.policy = policy as unknown as Record<string, unknown>;
		b.files['target_scores.csv'] = (b.files['target_scores.csv'] as Table).map((r) => (r[0] === 'A' && r[1] === 'key' ? ['A', '重点工作', r[2]!] : r));
		expect(await problemsOf(b)).toContainEqual(expect.stringMatching(/^target_scores\.csv:2: item_id: 考核项目 “重点工作”/));
	});

	it('skips blank lines, trims cells, ignores unknown columns with a warning, allows an empty veto reason', async () => {
		const expected = await warehouseWith(base());
		const b = base();
		const units = b.files['units.csv'] as Table;
		b.files['units.csv'] = csv([[...units[0]!, '备注'], ...units.slice(1).map((r) => [...r, '无'])]).replace('\n', '\n\n ,,, ,,\n').replaceAll(',D1,', ',  D1 ,');
		b.files['vetoes.csv'] = [['序号', 'unit_id', 'item_id', 'reason'], [1, 'T', 'planning', '']];
		const dir = writeBundle(b);
		const bundle = await validateBundle(await readBundle(dir));
		expect(bundle.warnings).toEqual([expect.stringContaining('备注'), expect.stringContaining('序号')]);
		const wh = await warehouseWith();
		await importInto(wh, dir);
		const got = await results(wh);
		const want = (await results(expected)).map((r) => (r.unit_id === 'T' ? { ...r, grade: 'unqualified' } : r));
		expect(got).toEqual(want);
	});

	it('reads GB18030 files (as Excel saves them) and UTF-8 files with a BOM alike', async () => {
		const expected = await warehouseWith(base());
		const dir = writeBundle(base());
		for (const file of ['units.csv', 'cadres.csv']) {
			const text = readFileSync(join(dir, file), 'utf8').replace('单位A', '黔江区委办公室');
			writeFileSync(join(dir, file), iconv.encode(text, 'gb18030'));
		}
		writeFileSync(join(dir, 'team_ballots.csv'), '\uFEFF' + readFileSync(join(dir, 'team_ballots.csv'), 'utf8'));
		const wh = await warehouseWith();
		await importInto(wh, dir);
		const want = (await results(expected)).map((r) => (r.unit_id === 'A' ? { ...r, name: '黔江区委办公室' } : r));
		expect(await results(wh)).toEqual(want);
	});

	it('may be one .xlsx workbook, giving the same results as the CSV folder', async () => {
		const dir = projectPath('data', 'sample', 'bundles', '2007');
		const wb = new ExcelJS.Workbook();
		const bundleSheet = wb.addWorksheet('bundle');
		const manifest = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
		bundleSheet.addRow(['year', manifest.year]);
		bundleSheet.addRow(['policy', manifest.policy]);
		const raw = await readBundle(dir);
		for (const [file, table] of raw.tables) {
			const sheet = wb.addWorksheet(file.replace(/\.csv$/, ''));
			sheet.addRow(table.header);
			// numbers as numbers, as an office's workbook has them
			for (const r of table.rows) sheet.addRow(r.cells.map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
		}
		const path = join(writeBundle({ year: 0, files: {} }), '2007.xlsx');
		await wb.xlsx.writeFile(path);

		const fromCsv = await Warehouse.open(':memory:');
		await importInto(fromCsv, dir);
		const fromXlsx = await Warehouse.open(':memory:');
		await importInto(fromXlsx, path);
		for (const view of ['unit_results', 'cadre_results', 'rewards', 'satisfaction', 'reverse_shares']) {
			const q = `SELECT * FROM ${view} ORDER BY ALL`;
			expect(await rows(fromXlsx, q)).toEqual(await rows(fromCsv, q));
		}
	});

	it('in a workbook, a problem names the sheet and its row', async () => {
		const wb = new ExcelJS.Workbook();
		const bundleSheet = wb.addWorksheet('bundle');
		bundleSheet.addRow(['year', 2007]);
		bundleSheet.addRow(['policy', 'qianjiang-2006']);
		const units = wb.addWorksheet('units');
		units.addRow(['unit_id', 'name', 'group_id', 'template', 'staff']);
		units.addRow(['D101', '区委办公室', 'D1', 'department', 30]);
		units.addRow(['D102', '区政府办公室', 'D1', 'department', 'many']);
		const path = join(writeBundle({ year: 0, files: {} }), 'broken.xlsx');
		await wb.xlsx.writeFile(path);
		const lines = await problemsOf(path);
		expect(lines).toContain('units:3: staff: 应为不小于 0 的整数，而不是 “many”');
		expect(lines.some((l) => /^cadres: /.test(l))).toBe(true); // a required sheet missing
	});
});
