// Reads a bundle given as one .xlsx workbook (CONTRACT.md): a sheet `bundle` with the rows
// `year` and `policy` (name in column A, value in column B), one sheet per table named like its
// file without `.csv`, and optionally a sheet `policy` whose cell A1 holds the policy JSON.
import ExcelJS from 'exceljs';
import { rowsFromCells, type RawBundle, type RawTable } from './raw.js';

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
		if ('text' in value) return String(value.text);
		if ('error' in value) return String(value.error);
	}
	return String(value);
}

function sheetMatrix(sheet: ExcelJS.Worksheet): { line: number; cells: string[] }[] {
	const out: { line: number; cells: string[] }[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: string[] = [];
		for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
		out.push({ line: rowNumber, cells });
	});
	return out;
}

export async function readWorkbook(bytes: Uint8Array, checksum: string): Promise<RawBundle> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes as unknown as ArrayBuffer);
	const tables = new Map<string, RawTable>();
	const manifest: RawBundle['manifest'] = {};
	let policy: RawBundle['policy'];
	for (const sheet of wb.worksheets) {
		const name = sheet.name.trim();
		const lower = name.toLowerCase();
		if (lower === 'bundle') {
			for (const { cells } of sheetMatrix(sheet)) {
				const key = (cells[0] ?? '').trim().toLowerCase();
				const value = (cells[1] ?? '').trim();
				if (key === 'year') manifest.year = value;
				if (key === 'policy') manifest.policy = value;
			}
		} else if (lower === 'policy') {
			const text = cellText(sheet.getCell('A1').value);
			try {
				policy = { file: name, value: JSON.parse(text) };
			} catch (e) {
				policy = { file: name, error: (e as Error).message };
			}
		} else {
			const table = rowsFromCells(name, sheetMatrix(sheet));
			if (table) tables.set(`${lower}.csv`, table);
		}
	}
	return { manifestFile: 'bundle', manifest, policy, tables, checksum };
}
