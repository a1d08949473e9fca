// The download links of a page (<Downloads>) and the files behind them, read back as a reader
// would: CSV with Papa Parse, XLSX with exceljs.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { siteOf } from './site.js';

/** A download of a started site, as an analyst (exports are theirs); any other URL as it is. */
function download(url: string): Promise<Response> {
	const site = siteOf(url);
	return site ? site.get(url.slice(site.url.length)) : fetch(url);
}

/** The download links of a page: dataset → { format: path }. */
export function downloadLinks(page: string): Map<string, Record<string, string>> {
	const out = new Map<string, Record<string, string>>();
	for (const m of page.matchAll(/href="(\/data\/([\w-]+)\?[^"]*)"/g)) {
		const href = m[1]!.replaceAll('&amp;', '&');
		const format = new URL(href, 'http://x').searchParams.get('format')!;
		out.set(m[2]!, { ...out.get(m[2]!), [format]: href });
	}
	return out;
}

/** The rows of a CSV download, by header. */
export async function csvRows(url: string): Promise<Record<string, string>[]> {
	const res = await download(url);
	expect(res.status, url).toBe(200);
	expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
	const parsed = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

/** The first sheet of an XLSX download. */
export async function xlsxSheet(url: string): Promise<ExcelJS.Worksheet> {
	const res = await download(url);
	expect(res.status, url).toBe(200);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(await res.arrayBuffer());
	const sheet = book.worksheets[0];
	expect(sheet).toBeDefined();
	return sheet!;
}

/** Each column of a sheet by its header: its width and the number format of its first data cell. */
export function sheetColumns(sheet: ExcelJS.Worksheet): Map<string, { width: number | undefined; numFmt: string | undefined; value: unknown }> {
	const out = new Map<string, { width: number | undefined; numFmt: string | undefined; value: unknown }>();
	sheet.getRow(1).eachCell((cell, col) => {
		const first = sheet.getRow(2).getCell(col);
		out.set(String(cell.value), { width: sheet.getColumn(col).width, numFmt: first.numFmt || undefined, value: first.value });
	});
	return out;
}
