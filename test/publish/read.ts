// Reading the published files back the way a reader's tools do: the PDF through poppler-utils
// (pdfinfo, pdftotext, pdffonts, pdftoppm), the workbooks through exceljs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { projectPath } from '../../src/lib/paths.js';

export interface PdfInfo {
	pages: number;
	/** Each page's size as pdfinfo names it, e.g. "594.96 x 841.92 pts (A4)". */
	sizes: string[];
}

export function pdfInfo(path: string): PdfInfo {
	const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
	const out = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), path], { encoding: 'utf8' });
	const sizes = [...out.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((m) => m[1]!.trim());
	return { pages, sizes };
}

/** The text of each page (pdftotext separates pages by form feeds); `layout` keeps table rows on a line. */
export function pdfPages(path: string, layout = false): string[] {
	const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
	return text.split('\f').slice(0, -1);
}

/** Text without any white space: lines wrapped in the middle of a name join up again. */
export const compact = (text: string) => text.replace(/\s+/g, '');

/** The base names of the fonts embedded in a PDF (subset prefixes dropped). */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
	return execFileSync('pdffonts', [path], { encoding: 'utf8' })
		.split('\n')
		.slice(2)
		.filter((l) => l.trim())
		.map((l) => {
			const cols = l.trim().split(/\s+/);
			// name, type (1-2 words), encoding, emb, sub, uni, object, ID: emb is the 5th from the end.
			return { name: cols[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: cols[cols.length - 5] === 'yes' };
		});
}

/** Renders every page to test/screenshots/<name>-N.png (60 dpi) for a person to look at. */
export function pdfScreenshots(path: string, name: string): string[] {
	const dir = projectPath('test', 'screenshots');
	mkdirSync(dir, { recursive: true });
	for (const f of readdirSync(dir)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(`${dir}/${f}`);
	execFileSync('pdftoppm', ['-r', '60', '-png', path, `${dir}/${name}`]);
	return readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

export type Cell = string | number | boolean | null;

export interface ReadSheet {
	name: string;
	headers: string[];
	/** The data rows keyed by header. */
	rows: Record<string, Cell>[];
}

function cellValue(v: ExcelJS.CellValue): Cell {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
	if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
	throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
}

export async function readWorkbook(path: string): Promise<ReadSheet[]> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(path);
	return book.worksheets.map((ws) => {
		const headers: string[] = [];
		ws.getRow(1).eachCell({ includeEmpty: true }, (c, i) => (headers[i - 1] = String(cellValue(c.value) ?? '')));
		const rows: Record<string, Cell>[] = [];
		for (let r = 2; r <= ws.rowCount; r++) {
			const row = ws.getRow(r);
			if (!row.hasValues) continue;
			rows.push(Object.fromEntries(headers.map((h, i) => [h, cellValue(row.getCell(i + 1).value)])));
		}
		return { name: ws.name, headers, rows };
	});
}

/** Every header and cell of a workbook as one text, for looking for what must not be there. */
export function workbookText(sheets: ReadSheet[]): string {
	return sheets.map((s) => [s.name, ...s.headers, ...s.rows.flatMap((r) => Object.values(r).map(String))].join('\n')).join('\n');
}
