// Headless Chromium from Debian (no browser downloads here), driven by playwright-core: pages are
// opened against a started site, console errors collected, and screenshots saved under
// test/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectPath } from '../../src/lib/paths.js';

const FLAGS = [
	'--headless',
	'--no-sandbox', // Chromium refuses to start as root otherwise
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking', // this machine has no network: avoid a storm of refused connections
	'--disable-component-update',
	'--disable-sync'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
}

export interface Visit {
	page: Page;
	errors: string[];
}

/** Opens `url` in a new page, waiting for the fonts; console errors and page errors are collected. */
export async function visit(browser: Browser, url: string): Promise<Visit> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(String(e)));
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
