// Every page of the site in a real browser (Debian's Chromium, driven by playwright-core) on a
// phone (390 px) and a wide screen (1440 px), in both languages: nothing scrolls sideways, the
// navigation folds into a menu on a phone, the chosen year is kept across the navigation, and a
// chart's markup is sent once. A screenshot of each is saved under test/screenshots/ for a person
// to look at. Apart from browser.test.ts so that the two run side by side; pages are only read, so
// this file uses the run's shared site.
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { WAIT, browserSession, screenshot, visit } from '../helpers/browser.js';
import { firstValue } from '../helpers/warehouse.js';
import { sharedSite } from '../helpers/site.js';

const session = browserSession(sharedSite);
const open = (path: string) => session.open(path);
const one = <T = number>(sql: string, params: Record<string, string | number> = {}) => firstValue<T>(session.wh, sql, params);

/** The widths a page is checked at: a phone's, then a wide screen's. */
const WIDTHS = [390, 1440] as const;

/**
 * In the page: the window is `width` px wide and every chart that the browser draws (Chart.svelte)
 * is drawn, as wide as its box (it is drawn again when the box changes width).
 */
function chartsDrawn(width: number): boolean {
	if (window.innerWidth !== width) return false;
	return [...document.querySelectorAll<HTMLElement>('.chart')].every((box) => {
		if (box.getAttribute('aria-busy') === 'true') return false;
		const live = box.querySelector<HTMLElement>(':scope > .live');
		if (!live || live.hidden) return true; // the server's copy only
		const drawn = Math.max(...[...live.querySelectorAll('svg')].map((svg) => Number(svg.getAttribute('width'))));
		return Math.abs(drawn - Math.floor(box.getBoundingClientRect().width)) <= 1;
	});
}

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('every page on a phone and on a wide screen, in both languages', () => {
	/** A year, a unit and a cadre of the sample, for the pages that show one. */
	let ids: { year: number; unit: string; cadre: string };
	beforeAll(async () => {
		const year = await one('SELECT min(year)::INTEGER + 4 FROM unit_results');
		const unit = await one<string>('SELECT min(unit_id) FROM unit_results WHERE year = $y', { y: year });
		const cadre = await one<string>('SELECT min(cadre_id) FROM cadre_results WHERE year = $y', { y: year });
		ids = { year, unit, cadre };
	});

	/** Every page of the site, as an administrator (who may open them all) sees it. */
	const pages: [string, () => string][] = [
		['home', () => '/'],
		['trends', () => '/trends'],
		['rankings', () => '/rankings'],
		['bottom-two', () => '/bottom-two'],
		['rewards', () => '/rewards'],
		['compare', () => `/compare?a=${ids.unit}&year=${ids.year}&b_year=${ids.year + 1}`],
		['summary', () => '/summary'],
		['summary-year', () => `/summary/${ids.year}`],
		['summary-internal', () => `/summary/${ids.year}/internal`],
		['quality', () => `/quality?year=${ids.year}`],
		['use', () => `/use?year=${ids.year}`],
		['policy', () => '/policy'],
		['whatif', () => `/policy/whatif?year=${ids.year}`],
		['import', () => '/import'],
		['users', () => '/admin/users'],
		['audit', () => '/admin/audit'],
		['account', () => '/account'],
		['search', () => `/search?q=${encodeURIComponent('建')}`],
		['unit', () => `/units/${ids.unit}`],
		['cadre', () => `/cadres/${ids.cadre}`],
		['not-found', () => '/no-such-page']
	];

	// One load a page and language: checked at 390 px, then the window widened to 1440 px and
	// checked again once every chart was drawn anew for its box. The pages are read in several tabs
	// at once (vitest's maxConcurrency), each with a context of its own.
	describe.concurrent('each page', () => {
		// a language at a time: the tabs open at once read different pages
		for (const lang of ['zh', 'en'] as const)
			for (const [name, path] of pages)
				it(`${name} fits ${WIDTHS.join(' and ')} px in ${lang}: nothing scrolls sideways`, async ({ expect }) => {
					const { page, errors } = await visit(session.browser, session.site.url + path(), 'admin', { width: WIDTHS[0], lang });
					try {
						expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
						for (const width of WIDTHS) {
							await page.setViewportSize({ width, height: 900 });
							// charts drawn (again) for the box's width first, where the page has any
							await expect.poll(() => page.evaluate(chartsDrawn, width), { timeout: WAIT, message: `charts at ${width} px` }).toBe(true);
							expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
							await screenshot(page, `${width}-${lang}-${name}`);
						}
						// the missing page's own 404 is the only console error a page may have
						if (name !== 'not-found') expect(errors).toEqual([]);
					} finally {
						await page.context().close();
					}
				});
	});

	it('folds the navigation into a menu on a phone, and shows it on a wide screen', async () => {
		const phone = await session.open('/rankings', 'admin', { width: 390 });
		const nav = phone.page.locator('header nav');
		const menu = phone.page.locator('header button.menu');
		expect(await nav.isVisible()).toBe(false);
		await menu.click();
		expect(await menu.getAttribute('aria-expanded')).toBe('true');
		expect(await nav.isVisible()).toBe(true);
		const height = (await phone.page.locator('header nav a').first().boundingBox())!.height;
		// one link a line, each a finger's height
		expect(height).toBeGreaterThanOrEqual(20);
		await screenshot(phone.page, '390-zh-menu');
		// a link closes the menu again
		await nav.getByRole('link', { name: '奖励分配' }).click();
		await phone.page.waitForURL(/\/rewards/);
		await expect.poll(() => nav.isVisible()).toBe(false);

		const wide = await session.open('/rankings', 'admin', { width: 1440 });
		expect(await wide.page.locator('header nav').isVisible()).toBe(true);
		expect(await wide.page.locator('header button.menu').isVisible()).toBe(false);
		// the navigation on one line
		const boxes = await Promise.all((await wide.page.locator('header nav a').all()).map((a) => a.boundingBox()));
		expect(new Set(boxes.map((b) => Math.round(b!.y))).size).toBe(1);
	});

	it('keeps the chosen year across the navigation, through a page without a year too', async () => {
		const years = (await session.wh.all<{ year: number }>('SELECT DISTINCT year::INTEGER AS year FROM unit_results ORDER BY year')).map((r) => r.year);
		const year = years[4]!;
		expect(year).not.toBe(years.at(-1));
		const { page, errors } = await open('/');
		await page.locator('#year').selectOption(String(year));
		await page.waitForURL(`${session.site.url}/?year=${year}`);
		await page.locator('header nav').getByRole('link', { name: '分组排名' }).click();
		await page.waitForURL(`${session.site.url}/rankings?year=${year}`);
		expect(await page.locator('#year').inputValue()).toBe(String(year));
		await expect.poll(() => text(page.locator('p.lead'))).toContain(`${year} 年度，`);
		// a page of no year (the trends) and on to another page of a year: still that year
		await page.locator('header nav').getByRole('link', { name: '满意度趋势' }).click();
		await page.waitForURL(`${session.site.url}/trends`);
		await page.locator('header nav').getByRole('link', { name: '奖励分配' }).click();
		await page.waitForURL(`${session.site.url}/rewards?year=${year}`);
		expect(await page.locator('#year').inputValue()).toBe(String(year));
		// and the language switch keeps the page and its year
		await page.locator('header a.lang').click();
		await page.locator('h1', { hasText: 'Rewards' }).waitFor();
		expect(new URL(page.url()).search).toBe(`?year=${year}`);
		expect(errors).toEqual([]);
	});

	it('sends a chart once: its markup in the page, only its id in the data that hydrates it', async () => {
		const html = await (await session.site.get('/rankings', { role: 'admin' })).text();
		const groups = await one('SELECT count(DISTINCT group_id)::INTEGER FROM unit_results WHERE year = (SELECT max(year) FROM unit_results)');
		const ids = [...html.matchAll(/data-chart="([^"]+)"[^>]*>(?:\s|<!--[^]*?-->)*<svg/g)].map((m) => m[1]!);
		expect(ids).toHaveLength(groups);
		// the bar markup appears once per chart in the whole document, the hydration data included
		expect(html.match(/aria-label="bar"/g)).toHaveLength(groups);
		for (const id of ids) expect(html.split(id).length - 1, id).toBe(2); // the element and the data
		const data = await (await session.site.get('/rankings/__data.json', { role: 'admin' })).text();
		expect(data).not.toMatch(/svg|aria-label/);
		for (const id of ids) expect(data).toContain(id);
	});
});
