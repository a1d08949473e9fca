// Pages opened in Debian's Chromium (src/lib/publish/chromium.ts) against a started site: console
// errors collected, screenshots saved under test/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/lib/publish/chromium.js';
import { projectPath } from '../../src/lib/paths.js';
import type { Role } from '../../src/lib/auth/roles.js';
import { siteOf } from './site.js';

export const launchBrowser = launchChromium;

export interface Visit {
	page: Page;
	errors: string[];
}

export interface VisitOptions {
	/** The window's width in CSS px (default 1280). */
	width?: number;
	/** The reader's language (the lang cookie); default none (Chinese). */
	lang?: 'zh' | 'en';
	/** Called with the new page before it opens `url` (to listen for its dialogs from the start). */
	onPage?: (page: Page) => void;
}

/**
 * Opens `url` in a new page of a fresh browser context, signed in with `role` (default analyst;
 * null: the public) on a site from startSite(), waiting for the fonts; console errors and page
 * errors are collected.
 */
export async function visit(browser: Browser, url: string, role: Role | null = 'analyst', { width = 1280, lang, onPage }: VisitOptions = {}): Promise<Visit> {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const site = siteOf(url);
	if (role && site) {
		const [name, value] = site.cookie(role).split('=') as [string, string];
		await context.addCookies([{ name, value, url: site.url, httpOnly: true, sameSite: 'Lax' }]);
	}
	if (lang) await context.addCookies([{ name: 'lang', value: lang, url: new URL(url).origin, sameSite: 'Lax' }]);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(String(e)));
	onPage?.(page);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.evaluate(() => document.fonts.ready);
	return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
	const dir = projectPath('test', 'screenshots');
	mkdirSync(dir, { recursive: true });
	const path = `${dir}/${name}.png`;
	await page.screenshot({ path, fullPage: true });
	return path;
}
