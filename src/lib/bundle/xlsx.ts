// Reads a bundle given as one .xlsx workbook (CONTRACT.md): a sheet `bundle` with the rows
// `year` and `policy` (name in column A, value in column B), one sheet per table named like its
// file without `.csv`, and optionally a sheet `policy` whose cell A1 holds the policy JSON.
// Read as a stream (exceljs' WorkbookReader, see xlsx-stream.ts), a row at a time, each table's
// sheet written out as it is read into a UTF-8 CSV file for DuckDB (its first column the sheet's
// row number, the LINE of problems): no sheet is ever held in memory. The archive's entries and unpacked size are bounded before it is read
// (BUNDLE_LIMITS, as for a zip), and a sheet is refused at its first row past the row bound.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { BUNDLE_LIMITS, type BundleLimits } from './limits.js';
import { checkArchive } from './zip.js';
import { WorkbookReader } from './xlsx-stream.js';
import { BundleRejected, ProblemList } from './problems.js';
import { RawTable, disposeRaw, type RawBundle } from './raw.js';

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

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Writes lines of text to a file in blocks. */
class BlockWriter {
	private fd: number;
	private parts: string[] = [];
	private size = 0;
	constructor(path: string) {
		this.fd = openSync(path, 'wx');
	}
	write(text: string): void {
		this.parts.push(text);
		this.size += text.length;
		if (this.size > 1 << 20) this.flush();
	}
	flush(): void {
		if (this.parts.length) writeSync(this.fd, this.parts.join(''));
		this.parts = [];
		this.size = 0;
	}
	close(): void {
		this.flush();
		closeSync(this.fd);
	}
}

/**
 * Reads one sheet, a row at a time: handed to `row` as text cells (formula cells without a value
 * become problems and empty cells). Returns the first non-blank row, trimmed, and its number.
 */
async function eachRow(
	sheet: WorksheetReader,
	name: string,
	limits: BundleLimits,
	problems: ProblemList,
	row: (line: number, cells: string[]) => void
): Promise<{ header: string[]; line: number } | undefined> {
	let header: { header: string[]; line: number } | undefined;
	for await (const r of sheet) {
		if (r.number > limits.maxRows + 1)
			throw new BundleRejected([{ file: name, line: r.number, message: `工作表超过每个表最多 ${limits.maxRows} 行的上限，已拒绝` }]);
		const values = r.values as ExcelJS.CellValue[]; // 1-based, sparse
		const cells: string[] = [];
		for (let c = 1; c < values.length; c++) {
			const text = cellText(values[c]);
			if (text === NO_RESULT) {
				const column = header?.header[c - 1] || columnLetters(c);
				problems.add({ file: name, line: r.number, column, message: `单元格 ${columnLetters(c)}${r.number} 是公式但没有保存计算结果：请在 Excel 中打开、重新计算并保存后再上传` });
				cells.push('');
			} else cells.push(text);
		}
		if (!header && cells.some((c) => c.trim() !== '')) header = { header: cells.map((c) => c.trim()), line: r.number };
		row(r.number, cells);
	}
	return header;
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
	const raw: RawBundle = { manifestFile: 'bundle', manifest: {}, tables, checksum };
	const problems = new ProblemList();
	try {
		for await (const sheet of sheets) {
			const name = (sheet.name ?? '').trim();
			const lower = name.toLowerCase();
			if (lower === 'bundle') {
				await eachRow(sheet, name, limits, problems, (_line, cells) => {
					const key = (cells[0] ?? '').trim().toLowerCase();
					const value = (cells[1] ?? '').trim();
					if (key === 'year') raw.manifest.year = value;
					if (key === 'policy') raw.manifest.policy = value;
				});
			} else if (lower === 'policy') {
				let a1 = '';
				await eachRow(sheet, name, limits, problems, (line, cells) => {
					if (line === 1) a1 = cells[0] ?? '';
				});
				try {
					raw.policy = { file: name, value: JSON.parse(a1) };
				} catch (e) {
					raw.policy = { file: name, error: (e as Error).message };
				}
			} else {
				raw.scratch ??= await mkdtemp(join(tmpdir(), 'kaohe-sheets-'));
				const path = join(raw.scratch, `sheet-${tables.size}.csv`);
				const out = new BlockWriter(path);
				let head;
				try {
					head = await eachRow(sheet, name, limits, problems, (line, cells) => out.write(`${line},${cells.map(csvCell).join(',')}\n`));
				} finally {
					out.close();
				}
				if (head) tables.set(`${lower}.csv`, new RawTable(name, path, head.header, head.line, { kind: 'column' }));
			}
		}
		if (problems.size) throw new BundleRejected(problems.items, problems.dropped);
	} catch (e) {
		await disposeRaw(raw);
		throw e;
	}
	return raw;
}
