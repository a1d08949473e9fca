// The page 结果运用 (/use) over HTTP: a leader reads it, an analyst records a decision, which is
// audited, survives a re-import (replacement) of its year through the site, shows on the next
// year's page with what came of it and on the cadre's dossier; its tables download.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../helpers/site.js';
import { importInto } from '../helpers/warehouse.js';
import { writeBundle } from '../helpers/bundle.js';
import { zipFolder } from '../helpers/zip.js';
import { csvRows } from '../helpers/downloads.js';
import { launchBrowser, screenshot, visit } from '../helpers/browser.js';
import { plantedYear } from '../use/plant.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import type { ImportJob } from '../../src/lib/server/imports.js';
import type { Role } from '../../src/lib/auth/roles.js';

let dir: string;
let site: Site;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'kaohe-use-'));
	const db = join(dir, 'warehouse.duckdb');
	const wh = await Warehouse.open(db);
	await importInto(wh, plantedYear(2007));
	await importInto(wh, plantedYear(2008));
	wh.close();
	site = await startSite(db, { readOnly: false });
});
afterAll(async () => {
	await site?.stop();
	rmSync(dir, { recursive: true, force: true });
});

/** A form posted as a browser does without script (an HTML answer). */
function post(path: string, fields: Record<string, string> | FormData, role: Role = 'analyst') {
	const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
	return site.get(path, { method: 'POST', body, role, headers: { origin: site.url, accept: 'text/html' } });
}
const page = async (path: string, role: Role = 'analyst') => {
	const res = await site.get(path, { role });
	expect(res.status, path).toBe(200);
	return res.text();
};
/** The HTML of the section of one action kind. */
function section(html: string, kind: string): string {
	const start = html.indexOf(`<section class="kind" id="${kind}"`);
	expect(start, kind).toBeGreaterThan(-1);
	return html.slice(start, html.indexOf('</section>', start));
}
/** The HTML of the table row of one subject in the section of one kind. */
function row(html: string, kind: string, subject: string): string {
	const s = section(html, kind);
	const start = s.indexOf(`data-subject="${subject}"`);
	expect(start, `${kind} ${subject}`).toBeGreaterThan(-1);
	return s.slice(start, s.indexOf('</tr>', start));
}

const DECISION = { year: '2007', kind: 'demote', subject: 'cadre', subject_id: 'D-inc', outcome: 'talked', reason: '已谈话提醒，调整分工', date: '2007-12-20' };

describe('结果运用', () => {
	it('shows a leader every action with its rule and figures, read only', async () => {
		const html = await page('/use?year=2008', 'leader');
		expect(row(html, 'adjust_bottom_two', 'A-s')).toContain('2007 年倒数第 1 名，2008 年倒数第 1 名');
		expect(row(html, 'admonish', 'D-adm')).toContain('优秀和称职票占 40.0%，低于 50.0%');
		expect(row(html, 'transfer', 'D-tr')).toContain('改非意向 20.0%，降职意向 20.0%');
		expect(row(html, 'promote', 'C-m')).toContain('提拔意向 60.0%');
		expect(html).toContain('被评为“优秀”的班子成员，提拔意向票达到 50.0% 的');
		expect(html).not.toContain('name="outcome"');
		expect((await post('/use?/record', DECISION, 'leader')).status).toBe(403);
	});

	it('moves the leads with the page parameters and refuses a bad one', async () => {
		expect(row(await page('/use?year=2008'), 'promote', 'C-m')).toContain('提拔意向 60.0%');
		const raised = section(await page('/use?year=2008&promote_share_min=0.7'), 'promote');
		expect(raised).toContain('提拔意向票达到 70.0% 的');
		expect(raised).not.toContain('data-subject="C-m"');
		expect((await site.get('/use?year=2008&promote_share_min=2')).status).toBe(400);
	});

	it('records a decision (audited), refuses an incomplete one, and keeps it through a re-import of the year', async () => {
		expect((await post('/use?year=2007&/record', { ...DECISION, reason: '' })).status).toBe(400);
		expect((await post('/use?year=2007&/record', { ...DECISION, subject_id: 'nobody' })).status).toBe(404);
		expect((await post('/use?year=2007&/record', DECISION)).status).toBe(200);
		expect(row(await page('/use?year=2007'), 'demote', 'D-inc')).toContain('已谈话');
		const audit = readFileSync(join(site.state, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
		expect(audit.find((e) => e.action === 'use_decision')).toMatchObject({ actor: 'test-analyst', target: '2007|demote|D-inc', detail: expect.stringContaining(DECISION.reason) });

		// replace 2007 through the site's import
		const form = new FormData();
		form.set('bundle', new Blob([new Uint8Array(await zipFolder(writeBundle(plantedYear(2007))))]), '2007.zip');
		const uploaded = await post('/import?/upload', form);
		expect(uploaded.status).toBe(303);
		const id = new URL(uploaded.headers.get('location')!, site.url).searchParams.get('job')!;
		// the upload is checked apart from the site first; it may be confirmed once ready
		const settled = async (busy: string[]) => {
			for (;;) {
				const job = (await (await site.get(`/import/${id}`)).json()) as ImportJob;
				if (!busy.includes(job.state)) return job;
				await new Promise((r) => setTimeout(r, 50)); // polling the job until it moves on
			}
		};
		const checked = await settled(['checking']);
		expect(checked.state, checked.error).toBe('ready');
		const confirm = new FormData();
		confirm.set('job', id);
		confirm.set('replace', 'on');
		expect((await post('/import?/confirm', confirm)).status).toBe(303);
		const job = await settled(['ready', 'importing']);
		expect(job.state, job.error).toBe('done');
		expect(readFileSync(join(site.state, 'audit.jsonl'), 'utf8')).toContain('"action":"replace"');

		expect(row(await page('/use?year=2007'), 'demote', 'D-inc')).toContain(DECISION.reason);
		// next year's page: what came of it (D-inc is 不称职 again in 2008)
		const next = await page('/use?year=2008', 'leader');
		const last = next.slice(next.indexOf('2007 年度决定的落实结果'));
		expect(last).toContain(DECISION.reason);
		expect(last.slice(0, last.indexOf('</table>'))).toContain('等次：不称职');
		// and the cadre's dossier
		const dossier = await page('/cadres/D-inc', 'leader');
		expect(dossier.slice(dossier.indexOf('id="use-decisions"'))).toContain(DECISION.reason);
	});

	it("downloads an action's table with the page's thresholds", async () => {
		const html = await page('/use?year=2008&transfer_share_min=0.4');
		const href = /href="(\/data\/use_transfer\?[^"]*format=csv)"/.exec(html)![1]!.replaceAll('&amp;', '&');
		expect(href).toContain('transfer_share_min=0.4');
		const rows = await csvRows(site.url + href);
		expect(rows.map((r) => r['干部编码'])).toEqual(['D-tr']);
		expect(rows[0]!['改非意向比例']).toBe('0.2');
		expect((await site.get(href.replace('transfer_share_min=0.4', 'transfer_share_min=x'))).status).toBe(400);
	});

	it('records a decision in the browser, and fits a phone (390 px) without sideways scroll', async () => {
		const browser = await launchBrowser();
		try {
			const { page, errors } = await visit(browser, `${site.url}/use?year=2008`);
			const rowOf = page.locator('section#admonish tr[data-subject="D-adm"]');
			await rowOf.locator('summary').click();
			await rowOf.locator('select[name="outcome"]').selectOption('talked');
			await rowOf.locator('input[name="reason"]').fill('诫勉谈话已进行');
			await rowOf.locator('button[type="submit"]').click();
			await rowOf.locator('.decided', { hasText: '诫勉谈话已进行' }).waitFor();
			for (const width of [1440, 390]) {
				await page.setViewportSize({ width, height: 900 });
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
				await screenshot(page, `use-${width}`);
			}
			expect(errors).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
