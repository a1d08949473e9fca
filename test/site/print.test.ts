// Printing a dashboard page (issue #12, item 10): a cadre dossier, /rankings and a summary printed
// by Chromium as a reader would (A4, the browser's default of no background graphics), read back
// with poppler-utils: A4 pages, a first page that is not almost blank, no navigation or year
// picker, and the grade legend's swatches (CSS backgrounds, which printing drops unless the page
// keeps them) still coloured. The PDFs are rendered to test/screenshots/print-*.png.
import {} from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../helpers/site.js';
import { launchBrowser, visit } from '../helpers/browser.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { rows } from '../helpers/warehouse.js';
import { UNIT_GRADE_COLORS, UNIT_GRADE_ORDER } from '../../src/lib/labels.js';
import { pdfInfo, pdfPages, pdfScreenshots } from '../publish/read.js';
import { tempDir } from '../helpers/temp.js';

let site: Site;
let browser: Browser;
let year: number;
let cadre: string;
const out = tempDir('print-');

beforeAll(async () => {
	site = await startSite();
	browser = await launchBrowser();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	try {
		[{ year, cadre }] = (await rows(wh, 'SELECT max(year) AS year, min(cadre_id) AS cadre FROM cadre_results')) as [{ year: number; cadre: string }];
	} finally {
		wh.close();
	}
});
afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

/** The page printed as the browser's print dialog does by default. */
async function print(page: Page, name: string): Promise<string> {
	const path = join(out, `${name}.pdf`);
	await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: false });
	pdfScreenshots(path, `print-${name}`);
	return path;
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

/** The colours (#rrggbb) of a PDF's first page, as rendered by pdftoppm. */
function colours(path: string): Set<string> {
	const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', path], { maxBuffer: 64 << 20 });
	// P6 header: magic, width, height, maxval, each followed by one white space; then RGB bytes.
	const at = /^P6\s+\d+\s+\d+\s+\d+\s/.exec(ppm.subarray(0, 64).toString('latin1'))![0].length;
	const seen = new Set<string>();
	for (let i = at; i + 2 < ppm.length; i += 3) seen.add(`#${[ppm[i]!, ppm[i + 1]!, ppm[i + 2]!].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
	return seen;
}

describe('a page printed on A4', () => {
	// The site's header, and what each page has to click on: the year picker, an analyst's forms.
	const HEADER = '领导班子和领导干部综合考核数据仓库';
	for (const [name, path, min, unprinted] of [
		['dossier', () => `/cadres/${cadre}`, 20, [HEADER]],
		['rankings', () => `/rankings?year=${year}`, 30, [HEADER, '考核年度']],
		['summary', () => `/summary/${year}`, 20, [HEADER, '下载公示文件', '核对公示内容']]
	] as const)
		it(`${name}: A4, a full first page, no navigation or forms`, async () => {
			const { page } = await visit(browser, `${site.url}${path()}`);
			const pdf = await print(page, name);
			const info = pdfInfo(pdf);
			expect(info.sizes.every((s) => s.includes('A4')), info.sizes.join()).toBe(true);
			const pages = pdfPages(pdf);
			expect(lines(pages[0]!).length, pages[0]).toBeGreaterThanOrEqual(min);
			const text = pages.join('\n');
			expect(await page.getByText(unprinted.at(-1)!).count()).toBeGreaterThan(0); // on the screen
			for (const s of unprinted) expect(text).not.toContain(s);
			await page.context().close();
		});

	it('keeps the legend’s swatches coloured without background graphics', async () => {
		const { page } = await visit(browser, `${site.url}/rankings?year=${year}`);
		// The legend alone on the page, so that its colours are not those of the chart's bars.
		await page.evaluate(() => {
			const legend = document.querySelector('.grade-legend')!;
			for (const el of document.querySelectorAll<HTMLElement>('body *')) if (!el.contains(legend) && !legend.contains(el)) el.style.visibility = 'hidden';
		});
		const seen = colours(await print(page, 'legend'));
		for (const grade of UNIT_GRADE_ORDER) expect(seen.has(UNIT_GRADE_COLORS[grade]!.toLowerCase()), grade).toBe(true);
		await page.context().close();
	});
});
