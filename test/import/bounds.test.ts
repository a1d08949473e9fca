// The bounds of a bundle (issue #10): a file in two encodings is refused at its first line of the
// other; a report is bounded (100 problems, about 40 characters of a cell, no server path); a
// table past the row bound, or a workbook past the size bound, is refused early; a formula cell
// without its value is a readable problem.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csv, unitsBundle, writeBundle } from '../helpers/bundle.js';
import { problemsOf } from '../helpers/warehouse.js';
import { readBundle } from '../../src/lib/bundle/read.js';
import { BUNDLE_LIMITS } from '../../src/lib/bundle/limits.js';
import { BundleRejected, MAX_PROBLEMS, formatProblem } from '../../src/lib/bundle/problems.js';
import { tempDir } from '../helpers/temp.js';

const units = (n: number) => unitsBundle(2007, Array.from({ length: n }, (_, i) => ({ id: `U${i}`, group: 'D1', points: [50, 30] as [number, number] })));

async function rejection(p: Promise<unknown>): Promise<BundleRejected> {
	const e = await p.then(
		() => undefined,
		(x: unknown) => x
	);
	expect(e).toBeInstanceOf(BundleRejected);
	return e as BundleRejected;
}

describe('encodings', () => {
	it('refuses a UTF-8 file with one GBK row at that row, naming file and line', async () => {
		const dir = writeBundle(units(3));
		const text = csv([
			['unit_id', 'name', 'group_id', 'template', 'staff'],
			['U0', '区委办公室', 'D1', 'dept', 10],
			['U1', '区政府办公室', 'D1', 'dept', 10]
		]);
		writeFileSync(join(dir, 'units.csv'), Buffer.concat([Buffer.from(text), iconv.encode('U2,区财政局,D1,dept,10\n', 'gbk')]));
		expect(await problemsOf(dir)).toEqual([expect.stringMatching(/^units\.csv:4: 这一行不是 UTF-8 编码/)]);
	});

	it('refuses a GBK file with one UTF-8 row, and still reads a whole GBK file whose short names are valid UTF-8 by chance', async () => {
		const rows = [
			['unit_id', 'name', 'group_id', 'template', 'staff'],
			['U0', '谭英', 'D1', 'dept', 10], // CC B7 D3 A2: valid UTF-8 too
			['U1', '区政府办公室', 'D1', 'dept', 10],
			['U2', '区财政局', 'D1', 'dept', 10],
			['U3', '区教委', 'D1', 'dept', 10]
		];
		const dir = writeBundle(units(4));
		writeFileSync(join(dir, 'units.csv'), iconv.encode(csv(rows), 'gbk'));
		expect(await problemsOf(dir)).toEqual([]);
		writeFileSync(join(dir, 'units.csv'), Buffer.concat([iconv.encode(csv(rows.slice(0, 4)), 'gbk'), Buffer.from('U3,区教委,D1,dept,10\n')]));
		expect(await problemsOf(dir)).toEqual([expect.stringMatching(/^units\.csv:5: 这一行是 UTF-8 编码/)]);
	});
});

describe('a bounded report', () => {
	it('quotes about 40 characters of a huge cell, and at most 100 problems', async () => {
		// Forty cells of 256 KB (the were 10 MB) and 200 more bad cells.
		const big = 'x'.repeat(256 * 1024);
		const b = units(240);
		b.files['units.csv'] = (b.files['units.csv'] as (string | number)[][]).map((r, i) => (i === 0 ? r : [r[0]!, r[1]!, r[2]!, r[3]!, i <= 40 ? big : 'many']));
		const problems = await problemsOf(b);
		expect(problems.length).toBe(MAX_PROBLEMS);
		expect(problems[0]).toMatch(/^units\.csv:2: staff: /);
		expect(problems[0]).toContain('x'.repeat(40) + '…');
		expect(problems.join('\n').length).toBeLessThan(MAX_PROBLEMS * 300);
		const e = await rejection(readBundle(writeBundle(b)).then(async (raw) => (await import('../../src/lib/bundle/validate.js')).validateBundle(raw)));
		expect(e.dropped).toBeGreaterThan(0);
		expect(e.message.length).toBeLessThan(2000);
	});

	it('bounds a huge header too (an unknown column is a warning, a repeated one an error)', async () => {
		const b = units(1);
		const head = 'h'.repeat(100_000);
		b.files['units.csv'] = [
			['unit_id', 'name', 'group_id', 'template', 'staff', head, 'STAFF'],
			['U0', 'n', 'D1', 'dept', 10, 1, 10]
		];
		const [p] = await problemsOf(b);
		expect(p!.length).toBeLessThan(300);
	});
});

describe('row and size bounds', () => {
	it('refuses a CSV file past the row bound before parsing it', async () => {
		const dir = writeBundle(units(1));
		writeFileSync(join(dir, 'team_ballots.csv'), 'unit_id,aspect_id,good,fairly_good,average,poor\n' + 'U0,politics,1,0,0,0\n'.repeat(2000));
		const e = await rejection(readBundle(dir, { limits: { ...BUNDLE_LIMITS, maxRows: 1000 } }));
		expect(e.problems.map(formatProblem)).toEqual([expect.stringMatching(/^team_ballots\.csv: 文件有 2001 行，超过每个表最多 1000 行的上限/)]);
	});

	async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
		const wb = new ExcelJS.Workbook();
		const meta = wb.addWorksheet('bundle');
		meta.addRow(['year', 2007]);
		meta.addRow(['policy', 'tiny']);
		fill(wb);
		const path = join(tempDir('xlsx-'), 'bundle.xlsx');
		await wb.xlsx.writeFile(path);
		return path;
	}

	it('refuses a sheet at its first row past the row bound, and a workbook past the size bound', async () => {
		const path = await workbook((wb) => {
			for (const name of ['team_ballots', 'cadre_ballots']) {
				const s = wb.addWorksheet(name);
				for (let i = 0; i < 3000; i++) s.addRow(['U0', 'politics', 1, 0, 0, 0]);
			}
		});
		const e = await rejection(readBundle(path, { name: '2007.xlsx', limits: { ...BUNDLE_LIMITS, maxRows: 1000 } }));
		expect(e.problems).toEqual([expect.objectContaining({ file: 'team_ballots', line: 1002, message: expect.stringContaining('最多 1000 行') })]);
		const big = await rejection(readBundle(path, { name: '2007.xlsx', limits: { ...BUNDLE_LIMITS, maxBytes: 10_000 } }));
		expect(big.problems).toEqual([expect.objectContaining({ file: '2007.xlsx', message: expect.stringContaining('工作簿解压后超过') })]);
	});

	it('reports a formula cell without a cached value by sheet, row and column, and a broken workbook without the server path', async () => {
		const path = await workbook((wb) => {
			const s = wb.addWorksheet('units');
			s.addRow(['unit_id', 'name', 'group_id', 'template', 'staff']);
			s.addRow(['U0', 'n', 'D1', 'dept', { formula: '2*5' }]);
		});
		const e = await rejection(readBundle(path, { name: '2007.xlsx' }));
		expect(e.problems).toEqual([expect.objectContaining({ file: 'units', line: 2, column: 'staff', message: expect.stringContaining('E2 是公式但没有保存计算结果') })]);
		expect(JSON.stringify(e.problems)).not.toContain('[object Object]');

		const broken = join(tempDir('xlsx-'), 'upload.xlsx');
		writeFileSync(broken, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 7)]));
		const b = await rejection(readBundle(broken, { name: '上传.xlsx' }));
		expect(b.problems[0]!.file).toBe('上传.xlsx');
		expect(JSON.stringify(b.problems)).not.toContain(tmpdir());
	});
});
