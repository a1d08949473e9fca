// Pages opened in Debian's Chromium (src/lib/publish/chromium.ts) against a started site: console
// errors collected, screenshots saved under test/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from '../../src/lib/publish/chromium.js';
import { projectPath } from '../../src/lib/paths.js';
import type { Role } from '../../src/lib/auth/roles.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { siteOf, startSite, type Site } from './site.js';

/**
 * How long a browser step (a navigation, a click, a poll for charts) may take before the test
 * fails: long, as it only catches a page that never comes; a loaded machine stretches every step.
 */
export const WAIT = 120_000;

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
	context.setDefaultTimeout(WAIT);
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

/** A test file's site, browser and warehouse (read only), from browserSession(). */
export interface BrowserSession {
	readonly site: Site;
	readonly browser: Browser;
	readonly wh: Warehouse;
	/** Opens a path of the site (as visit()); the page and its context are closed after the test. */
	open(path: string, role?: Role | null, options?: VisitOptions): Promise<Visit>;
}

/**
 * The set-up the browser tests share, registered as the file's hooks: a site (by default one of
 * its own, started on the sample warehouse) and Chromium started side by side, the site's warehouse
 * opened read only, the pages a test opened closed after it, everything stopped after the file
 * (sharedSite()'s stop leaves the run's site running).
 */
export function browserSession(start: () => Site | Promise<Site> = () => startSite()): BrowserSession {
	let site: Site | undefined;
	let browser: Browser | undefined;
	let wh: Warehouse | undefined;
	const opened: Page[] = [];
	beforeAll(async () => {
		[site, browser] = await Promise.all([start(), launchBrowser()]);
		wh = await Warehouse.open(site.db, { readOnly: true });
	});
	afterEach(async () => {
		for (const page of opened.splice(0)) await page.context().close();
	});
	afterAll(async () => {
		wh?.close();
		await browser?.close();
		await site?.stop();
	});
	const ready = <T>(v: T | undefined, what: string): T => {
		if (v === undefined) throw new Error(`${what} is not started (browserSession's beforeAll failed or has not run)`);
		return v;
	};
	return {
		get site() {
			return ready(site, 'the site');
		},
		get browser() {
			return ready(browser, 'the browser');
		},
		get wh() {
			return ready(wh, 'the warehouse');
		},
		async open(path, role = 'analyst', options) {
			const v = await visit(ready(browser, 'the browser'), ready(site, 'the site').url + path, role, options);
			opened.push(v.page);
			return v;
		}
	};
}
