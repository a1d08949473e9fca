// The files of a year's publication, made the same way by the command line (`publish`) and by the
// site (年度公示 → 下载): their names, the PDF printed from the summary page's HTML, the workbook,
// and the feedback sheets (one workbook per unit; the site hands them over as one zip). Where the
// page's HTML comes from is the caller's: the command line serves the built site on the warehouse
// read-only, the site renders its own page.
import { readFileSync } from 'node:fs';
import yazl from 'yazl';
import type { Warehouse } from '../warehouse/db.js';
import { projectPath } from '../paths.js';
import type { Edition } from '../summary/load.js';
import { selfContained, type ReadAsset } from './standalone.js';
import { printPdf } from './pdf.js';
import { feedbackFileName, feedbackWorkbook, loadFeedback } from './feedback.js';

export const EDITION_NAMES: Record<Edition, string> = { public: '公示版', internal: '内部版' };

/** `2010年度考核结果-公示版.pdf` */
export function summaryFileName(year: number, edition: Edition, ext: 'html' | 'pdf' | 'xlsx'): string {
	return `${year}年度考核结果-${EDITION_NAMES[edition]}.${ext}`;
}

/** The folder (command line) or zip (site) of a year's feedback sheets, without extension. */
export function feedbackFolderName(year: number): string {
	return `${year}年度反馈单`;
}

/** A file of the built site's client assets by its URL path (styles, fonts). */
export const builtAsset: ReadAsset = (sitePath) => readFileSync(projectPath('build', 'client', sitePath));

/** The summary page's HTML as one file: styles and the fonts it uses inlined, no scripts. */
export function standaloneHtml(pageHtml: string, read: ReadAsset = builtAsset): string {
	return selfContained(pageHtml, read);
}

/** The self-contained HTML printed to A4; fails when it asked for anything outside itself. */
export async function summaryPdf(html: string): Promise<Buffer> {
	const { pdf, refused } = await printPdf(html);
	if (refused.length > 0) throw new Error(`HTML 文件请求了外部资源：${refused.join(', ')}`);
	return pdf;
}

export interface NamedFile {
	name: string;
	bytes: Uint8Array;
}

/**
 * Each unit's feedback sheet of `year`. The rows are read first, on connections released before
 * the workbooks are written; `progress(done, total)` after each one.
 */
export async function feedbackFiles(wh: Warehouse, year: number, progress: (done: number, total: number) => void = () => {}): Promise<NamedFile[]> {
	const all = await loadFeedback(wh, year);
	const files: NamedFile[] = [];
	for (const [i, f] of all.entries()) {
		files.push({ name: feedbackFileName(f.unit, year), bytes: await feedbackWorkbook(f, year) });
		progress(i + 1, all.length);
	}
	return files;
}

/** Files as one zip, in a folder of the zip named `folder` (names in UTF-8, which yazl marks). */
export function zipFiles(folder: string, files: NamedFile[]): Promise<Buffer> {
	const zip = new yazl.ZipFile();
	for (const f of files) zip.addBuffer(Buffer.from(f.bytes), `${folder}/${f.name}`);
	zip.end();
	const chunks: Buffer[] = [];
	return new Promise((resolve, reject) => {
		zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
		zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
		zip.outputStream.on('error', reject);
	});
}
