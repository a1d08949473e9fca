// Reads a bundle given as one .xlsx workbook (CONTRACT.md): a sheet `bundle` with the rows
// `year` and `policy` (name in column A, value in column B), one sheet per table named like its
// file without `.csv`, and optionally a sheet `policy` whose cell A1 holds the policy JSON.
// Read as a stream (exceljs' WorkbookReader, see xlsx-stream.ts), a row at a time: no sheet is ever held as a whole
// workbook model. The archive's entries and unpacked size are bounded before it is read
// (BUNDLE_LIMITS, as for a zip), and a sheet is refused at its first row past the row bound.
import ExcelJS from 'exceljs';
import { BUNDLE_LIMITS, type BundleLimits } from './limits.js';
import { checkArchive } from './zip.js';
import { WorkbookReader } from './xlsx-stream.js';
import { BundleRejected, ProblemList } from './problems.js';
import { rowsFromCells, type RawBundle, type RawTable } from './raw.js';

/** A formula cell saved without its computed value (a file written by a program, not by Excel). */
const NO_RESULT = Symbol('no cached result');

function cellText(value: ExcelJS.CellValue): string | typeof NO_RESULT {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('formula' in value || 'sharedFormula' in value) {
			const result = (value as { result?: ExcelJS.CellValue }).result;
			return result === undefined || result === null ? NO_RESULT : cellText(result);
		}
		if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
		if ('text' in value) return String(value.text);
		if ('error' in value) return String(value.error);
	}
	return String(value);
}

/** A column's letters: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
	let s = '';
	for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

type WorksheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name?: string };

/** The rows of one sheet, as text cells; formula cells without a value become problems. */
async function sheetRows(sheet: WorksheetReader, name: string, limits: BundleLimits, problems: ProblemList) {
	const out: { line: number; cells: string[] }[] = [];
	let header: string[] | undefined;
	for await (const row of sheet) {
		if (row.number > limits.maxRows + 1)
			throw new BundleRejected([{ file: name, line: row.number, message: `工作表超过每个表最多 ${limits.maxRows} 行的上限，已拒绝` }]);
		const values = row.values as ExcelJS.CellValue[]; // 1-based, sparse
		const cells: string[] = [];
		for (let c = 1; c < values.length; c++) {
			const text = cellText(values[c]);
			if (text === NO_RESULT) {
				const column = header?.[c - 1]?.trim() || columnLetters(c);
				problems.add({ file: name, line: row.number, column, message: `单元格 ${columnLetters(c)}${row.number} 是公式但没有保存计算结果：请在 Excel 中打开、重新计算并保存后再上传` });
				cells.push('');
			} else cells.push(text);
		}
		if (!header && cells.some((c) => c.trim() !== '')) header = cells.map((c) => c.trim());
		out.push({ line: row.number, cells });
	}
	return out;
}

/** Reads the workbook at `path`; `file` names it in problems (never a server path). */
export async function readWorkbook(path: string, checksum: string, file: string, limits: BundleLimits = BUNDLE_LIMITS): Promise<RawBundle> {
	await checkArchive(path, file, limits);
	try {
		return await fromSheets(streamedSheets(path), checksum, limits);
	} catch (e) {
		if (e instanceof BundleRejected || !(e instanceof TypeError)) throw e;
		// exceljs' streaming reader can stop before a workbook's last entry (xl/workbook.xml, where
		// exceljs itself writes it) and then fails to name the sheets: read that file whole
		// instead. Its unpacked size is bounded above (and an upload's check has a heap limit).
		return fromSheets(wholeSheets(path), checksum, limits);
	}
}

function streamedSheets(path: string): AsyncIterable<WorksheetReader> {
	const Reader = WorkbookReader();
	return new Reader(path, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		hyperlinks: 'ignore',
		styles: 'ignore',
		entries: 'ignore'
	}) as AsyncIterable<WorksheetReader>;
}

async function* wholeSheets(path: string): AsyncGenerator<WorksheetReader> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(path);
	for (const ws of wb.worksheets) {
		const rows: ExcelJS.Row[] = [];
		ws.eachRow({ includeEmpty: false }, (row) => rows.push(row));
		yield Object.assign(
			(async function* () {
				yield* rows;
			})(),
			{ name: ws.name }
		) as unknown as WorksheetReader;
	}
}

async function fromSheets(sheets: AsyncIterable<WorksheetReader>, checksum: string, limits: BundleLimits): Promise<RawBundle> {
	const tables = new Map<string, RawTable>();
	const manifest: RawBundle['manifest'] = {};
	const problems = new ProblemList();
	let policy: RawBundle['policy'];
	for await (const sheet of sheets) {
		const name = (sheet.name ?? '').trim();
		const lower = name.toLowerCase();
		const rows = await sheetRows(sheet, name, limits, problems);
		if (lower === 'bundle') {
			for (const { cells } of rows) {
				const key = (cells[0] ?? '').trim().toLowerCase();
				const value = (cells[1] ?? '').trim();
				if (key === 'year') manifest.year = value;
				if (key === 'policy') manifest.policy = value;
			}
		} else if (lower === 'policy') {
			const a1 = rows[0]?.line === 1 ? (rows[0].cells[0] ?? '') : '';
			try {
				policy = { file: name, value: JSON.parse(a1) };
			} catch (e) {
				policy = { file: name, error: (e as Error).message };
			}
		} else {
			const table = rowsFromCells(name, rows);
			if (table) tables.set(`${lower}.csv`, table);
		}
	}
	if (problems.size) throw new BundleRejected(problems.items, problems.dropped);
	return { manifestFile: 'bundle', manifest, policy, tables, checksum };
}
