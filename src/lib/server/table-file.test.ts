import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { inertCell, toCsv, toXlsx } from './table-file';

const columns = [
	{ key: 'name', header: '单位' },
	{ key: 'score', header: '得分' }
];
const rows = [
	{ name: '=HYPERLINK("http://x","点我")', score: 90.63 },
	{ name: '区财政局', score: -1 },
	{ name: '@SUM(A1)', score: 12n }
];

describe('table files', () => {
	it('makes text that a spreadsheet would run inert, and leaves numbers alone', () => {
		expect(inertCell('=1+1')).toBe("'=1+1");
		expect(inertCell('-2')).toBe("'-2");
		expect(inertCell('区财政局')).toBe('区财政局');
		expect(inertCell(-2)).toBe(-2);
	});

	it('writes CSV with a BOM, Chinese headers and inert formulas', () => {
		const csv = toCsv(columns, rows);
		expect(csv.startsWith('\uFEFF单位,得分\r\n')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")",90.63`);
		expect(csv).toContain('区财政局,-1');
		expect(csv).toContain("'@SUM(A1),12");
	});

	it('writes XLSX that reads back with numbers as numbers and no formula', async () => {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await toXlsx('分组排名', columns, rows)).buffer as ArrayBuffer);
		const ws = book.getWorksheet('分组排名')!;
		expect(ws.getRow(1).values).toEqual([undefined, '单位', '得分']);
		expect(ws.getCell('A2').value).toBe(`'=HYPERLINK("http://x","点我")`);
		expect(ws.getCell('B2').value).toBe(90.63);
		expect(ws.getCell('B4').value).toBe(12);
		expect(ws.getCell('A2').formula).toBeUndefined();
	});
});
