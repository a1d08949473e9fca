// The home page in a real browser: no console errors, the chart drawn (and redrawn by the
// browser for its tips), a screenshot saved under test/screenshots/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, visit } from '../helpers/browser.js';
import { startSite, type Site } from '../helpers/site.js';

let site: Site;
let browser: Browser;
beforeAll(async () => {
	[site, browser] = await Promise.all([startSite(), launchBrowser()]);
}, 240_000);
afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

describe('in the browser', () => {
	it('shows the home page without console errors, with the trend chart and one dot per year and series', async () => {
		const { page, errors } = await visit(browser, site.url + '/');
		expect(await page.locator('h1').textContent()).toContain('考核');
		await page.waitForFunction(() => document.querySelectorAll('svg circle').length >= 30);
		expect(await page.locator('svg circle').count()).toBe(30);
		await screenshot(page, 'home');
		expect(errors).toEqual([]);
	});
});
