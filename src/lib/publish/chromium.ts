// Headless Chromium from Debian (apt-get install chromium; no browser downloads here), driven by
// playwright-core: prints the summary to PDF, and runs the browser tests.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { Unavailable } from '../failures.js';

const FLAGS = [
	'--headless',
	'--no-sandbox', // Chromium refuses to start as root otherwise
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking', // no network here: avoid a storm of refused connections
	'--disable-component-update',
	'--disable-sync'
];

export class ChromiumMissing extends Unavailable {}

export function chromiumPath(): string {
	return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

export function launchChromium(): Promise<Browser> {
	const path = chromiumPath();
	if (!existsSync(path)) throw new ChromiumMissing(`找不到 Chromium（${path}）。请先安装：apt-get install chromium，或用环境变量 CHROMIUM 指定。`);
	return chromium.launch({ executablePath: path, args: FLAGS });
}
