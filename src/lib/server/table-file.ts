// A table of rows as a file to download: CSV (UTF-8 with a BOM, so Excel reads the Chinese),
// XLSX (numbers as numbers) or Arrow IPC (made by the warehouse). A cell that a spreadsheet would
// run as a formula (=, +, -, @, tab, CR at the start of a text) is written with a leading
// apostrophe: a unit named =HYPERLINK(...) stays text (OWASP, "CSV injection").
import Papa from 'papaparse';
import ExcelJS from 'exceljs';

export interface Column {
	key: string;
	header: string;
	/** The XLSX number format of the column's cells ('0.00', '0.0%', '#,##0.00'); none: General. */
	numFmt?: string;
}

/** The width of a text in a spreadsheet's character units: a Chinese character takes two. */
export function textWidth(text: string): number {
	let w = 0;
	for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
	return w;
}

/** Rows looked at for a column's width: enough for its longest names, bounded for a large table. */
const WIDTH_ROWS = 2000;

/** A column's width: its header's and its widest cell's (as shown with its format), within bounds. */
function columnWidth(c: Column, rows: Record<string, unknown>[]): number {
	let w = textWidth(c.header);
	for (const r of rows.slice(0, WIDTH_ROWS)) {
		const v = cellValue(r[c.key]);
		if (v === null) continue;
		// a formatted number: its digits, separators and the two decimals or the percent sign
		const shown = typeof v === 'number' ? (c.numFmt?.includes('%') ? (v * 100).toFixed(1) + '%' : c.numFmt ? v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(v)) : String(v);
		w = Math.max(w, textWidth(shown));
	}
	return Math.min(60, Math.max(8, w + 2));
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets; numbers and other values unchanged. */
export function inertCell(v: unknown): unknown {
	if (typeof v === 'string' && FORMULA_START.test(v)) return `'${v}`;
	return v;
}

function cellValue(v: unknown): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return String(inertCell(String(v)));
}

export function toCsv(columns: Column[], rows: Record<string, unknown>[]): string {
	const data = rows.map((r) => columns.map((c) => cellValue(r[c.key])));
	return '\uFEFF' + Papa.unparse({ fields: columns.map((c) => String(inertCell(c.header))), data }, { newline: '\r\n' });
}

export interface Sheet {
	name: string;
	columns: Column[];
	rows: Record<string, unknown>[];
}

/**
 * A workbook of one sheet per table: bold frozen header row, numbers as numbers in their column's
 * format, columns as wide as their Chinese headers and names, text inert.
 */
export async function toWorkbook(sheets: Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
	const book = new ExcelJS.Workbook();
	for (const sheet of sheets) {
		// Excel allows 31 characters and none of []:*?/\ in a sheet name.
		const ws = book.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1');
		ws.columns = sheet.columns.map((c) => ({
			header: String(inertCell(c.header)),
			key: c.key,
			width: columnWidth(c, sheet.rows),
			...(c.numFmt ? { style: { numFmt: c.numFmt } } : {})
		}));
		ws.getRow(1).font = { bold: true };
		for (const r of sheet.rows) ws.addRow(Object.fromEntries(sheet.columns.map((c) => [c.key, cellValue(r[c.key])])));
		ws.views = [{ state: 'frozen', ySplit: 1 }];
	}
	return new Uint8Array(await book.xlsx.writeBuffer());
}

export function toXlsx(sheet: string, columns: Column[], rows: Record<string, unknown>[]): Promise<Uint8Array<ArrayBuffer>> {
	return toWorkbook([{ name: sheet, columns, rows }]);
}
