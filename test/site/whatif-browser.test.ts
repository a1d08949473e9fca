// The what-if page in Chromium at a phone's width (390 px) and a desktop's (1440 px): an analyst
// edits the policy text, runs it and sees the counts and the changed units, without a console
// error and without the page scrolling sideways. Screenshots: test/screenshots/whatif-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, visit } from '../helpers/browser.js';
import { sharedSite, type Site } from '../helpers/site.js';

let site: Site;
let browser: Browser;
beforeAll(async () => {
	[site, browser] = await Promise.all([sharedSite(), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

describe('/policy/whatif in a browser', () => {
	for (const width of [390, 1440])
		it(`runs an edit at ${width} px`, async () => {
			const { page, errors } = await visit(browser, `${site.url}/policy/whatif?year=2009`);
			try {
				await page.setViewportSize({ width, height: 900 });
				const area = page.locator('textarea#policy');
				const text = await area.inputValue();
				expect(text).toContain('"size": 2');
				await area.fill(text.replace('"size": 2', '"size": 3').replace('"qualified_min": 90', '"qualified_min": 92'));
				await page.getByRole('button', { name: '开始测算' }).click();
				await page.locator('tr[data-count="bottomTwo"]').waitFor();
				expect(Number(await page.locator('tr[data-count="bottomTwo"] td').innerText())).toBeGreaterThan(0);
				expect(await page.locator('tr[data-unit]').count()).toBeGreaterThan(0);
				// the edit is kept in the form after the run
				expect(await area.inputValue()).toContain('"size": 3');
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
				await screenshot(page, `whatif-${width}`);
				expect(errors).toEqual([]);
			} finally {
				await page.context().close();
			}
		});
});
