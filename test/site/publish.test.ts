// Publishing from the browser (issue #12, item 4), on a site serving the sample: an analyst's
// downloads of a year's PDF, XLSX and feedback sheets, made by the site itself while it holds the
// warehouse (read back with poppler-utils, exceljs and yauzl, and compared with the warehouse's own
// rows), refused to everyone else, named in Chinese (RFC 8187) and audited; and 公示 in two steps,
// which records the notice period (公示期) with its objection contact and issuing body, prints them
// on the public page and its PDF, and whose withdrawal keeps the record. The same flow is then
// clicked through in Chromium.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../helpers/site.js';
import { launchBrowser, visit } from '../helpers/browser.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { rows } from '../helpers/warehouse.js';
import { compact, pdfPages } from '../publish/read.js';
import type { AuditEntry } from '../../src/lib/audit/log.js';
import type { Publication } from '../../src/lib/summary/published.js';
import { tempDir } from '../helpers/temp.js';

let site: Site;
let year: number;
let units: { unit_id: string; name: string; target_score: number; grade: string }[];
let total: number;
const out = tempDir('site-publish-');

beforeAll(async () => {
	site = await startSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	try {
		year = Number((await rows(wh, 'SELECT max(year) AS y FROM unit_results'))[0]!.y);
		units = (await rows(wh, 'SELECT unit_id, name, target_score, grade FROM unit_results WHERE year = $year ORDER BY unit_id', { year })) as typeof units;
		total = Number((await rows(wh, 'SELECT sum(total_bonus) AS t FROM rewards WHERE year = $year', { year }))[0]!.t);
	} finally {
		wh.close();
	}
});
afterAll(() => site?.stop());

const post = (path: string, form: Record<string, string>, role: 'leader' | 'analyst' | 'admin' | null, accept = 'application/json') =>
	site.get(path, { method: 'POST', role, body: new URLSearchParams(form), headers: { origin: site.url, accept } });

interface JobAnswer {
	step: string;
	name: string;
	status: string;
	file: string;
}

/** Starts a file as an analyst, checks its progress answer, and fetches it once made. */
async function download(kind: string, edition: string): Promise<{ res: Response; job: JobAnswer; bytes: Buffer }> {
	const start = await post(`/summary/${year}/download`, { kind, edition }, 'analyst');
	expect(start.status).toBe(202);
	const job = (await start.json()) as JobAnswer;
	const progress = await site.get(job.status);
	expect(progress.status).toBe(200);
	expect(['queued', 'page', 'print', 'sheets', 'zip', 'done']).toContain(((await progress.json()) as JobAnswer).step);
	const res = await site.get(job.file);
	expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
	return { res, job, bytes: Buffer.from(await res.arrayBuffer()) };
}

const auditLog = (): AuditEntry[] =>
	(existsSync(join(site.state, 'audit.jsonl')) ? readFileSync(join(site.state, 'audit.jsonl'), 'utf8') : '')
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l) as AuditEntry);

const records = (): Publication[] => JSON.parse(readFileSync(join(site.state, 'published.json'), 'utf8')) as Publication[];

const money = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('the downloads of a year', () => {
	it('are for analysts only: the public must sign in, a leader is refused, another account cannot see a job', async () => {
		expect((await post(`/summary/${year}/download`, { kind: 'pdf', edition: 'public' }, null)).status).toBe(401);
		expect((await post(`/summary/${year}/download`, { kind: 'pdf', edition: 'public' }, 'leader')).status).toBe(403);
		const start = await post(`/summary/${year}/download`, { kind: 'xlsx', edition: 'public' }, 'analyst');
		const job = (await start.json()) as JobAnswer;
		expect((await site.get(job.file, { role: 'leader' })).status).toBe(403);
		expect((await site.get(job.file, { role: null })).status).toBe(401);
		expect((await site.get(job.file, { role: 'admin' })).status).toBe(404); // not the admin's job
		expect((await post(`/summary/${year}/download`, { kind: 'exe', edition: 'public' }, 'analyst')).status).toBe(400);
		expect((await post(`/summary/1800/download`, { kind: 'pdf', edition: 'public' }, 'analyst')).status).toBe(404);
	});

	it('the public PDF is a PDF of the year, printed by the site, named in Chinese, audited', async () => {
		const before = auditLog().length;
		const { res, bytes } = await download('pdf', 'public');
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		const name = `${year}年度考核结果-公示版.pdf`;
		expect(res.headers.get('content-disposition')).toBe(`attachment; filename="kaohe-${year}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
		const path = join(out, name);
		writeFileSync(path, bytes);
		const text = compact(pdfPages(path).join('\n'));
		expect(text).toContain(`${year}年度领导班子和领导干部综合考核结果公示`);
		for (const u of units) {
			expect(text, u.name).toContain(compact(u.name));
			expect(text).toContain(u.target_score.toFixed(2));
		}
		expect(text).toContain(money(total));
		expect(text).not.toContain('民主测评票数'); // nothing of the internal edition
		const logged = auditLog().slice(before);
		expect(logged).toContainEqual(expect.objectContaining({ actor: 'test-analyst', action: 'export', target: `summary-${year}`, detail: name }));
	});

	it('the internal workbook holds every unit; the feedback sheets are one workbook per unit in a zip', async () => {
		const xlsx = await download('xlsx', 'internal');
		expect(xlsx.res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`${year}年度考核结果-内部版.xlsx`)}`);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
		expect(book.worksheets.map((w) => w.name)).toContain('班子民主测评票数');
		expect(book.getWorksheet('单位等次')!.actualRowCount).toBe(units.length + 1);

		const zip = await download('feedback', 'internal');
		expect(zip.res.headers.get('content-type')).toBe('application/zip');
		expect(zip.res.headers.get('content-disposition')).toContain(encodeURIComponent(`${year}年度反馈单.zip`));
		const names = await new Promise<string[]>((resolve, reject) =>
			yauzl.fromBuffer(zip.bytes, { lazyEntries: true }, (e, z) => {
				if (e) return reject(e);
				const seen: string[] = [];
				z.on('entry', (entry: yauzl.Entry) => (seen.push(entry.fileName), z.readEntry()));
				z.on('end', () => resolve(seen));
				z.readEntry();
			})
		);
		expect(names.sort()).toEqual(units.map((u) => `${year}年度反馈单/${year}-反馈单-${u.unit_id}-${u.name}.xlsx`).sort());
	});
});

describe('公示 with its notice period', () => {
	const notice = { start: '2026-11-20', end: '2099-12-31', contact: '电话 023-70000000，某某区委组织部干部监督科', issuer: '中共某某区委组织部' };
	const page = (role: 'analyst' | null) => site.get(`/summary/${year}`, { role, headers: { accept: 'text/html' } }).then((r) => r.text());

	it('checks the entries, asks for confirmation, then records who, when and the notice period', async () => {
		const missing = await post(`/summary/${year}?/review`, { ...notice, contact: '' }, 'analyst', 'text/html');
		expect(missing.status).toBe(400);
		expect(await missing.text()).toContain('请填写受理异议的联系电话或地址。');
		const backwards = await post(`/summary/${year}?/review`, { ...notice, end: '2026-11-01' }, 'analyst', 'text/html');
		expect(await backwards.text()).toContain('结束日期不能早于开始日期。');

		const review = await post(`/summary/${year}?/review`, notice, 'analyst', 'text/html');
		expect(review.status).toBe(200);
		expect(await review.text()).toContain('请确认公示');
		// Not confirmed: nothing published yet.
		const unconfirmed = await post(`/summary/${year}?/publish`, notice, 'analyst', 'text/html');
		expect(unconfirmed.status).toBe(400);
		expect((await site.get(`/summary/${year}`, { role: null, headers: { accept: 'text/html' } })).status).toBe(303);

		const before = auditLog().length;
		const asked = new Date().toISOString();
		const done = await post(`/summary/${year}?/publish`, { ...notice, confirm: 'yes' }, 'analyst', 'text/html');
		expect(done.status).toBe(303);
		const [record] = records().filter((p) => p.year === year);
		expect(record).toMatchObject({ year, by: 'test-analyst', notice });
		expect(record!.at >= asked && record!.at <= new Date().toISOString()).toBe(true);
		expect(auditLog().slice(before)).toContainEqual(
			expect.objectContaining({ actor: 'test-analyst', action: 'publish', target: String(year), detail: expect.stringContaining('2026-11-20—2099-12-31') })
		);
	});

	it('prints the notice period on the public page and says it is in it', async () => {
		const html = await page(null);
		expect(html).toContain('公示期内：本公示自 2026年11月20日 起至 2099年12月31日 止');
		expect(html).toContain('公示期为 2026年11月20日 至 2099年12月31日');
		expect(html).toContain(notice.contact);
		expect(html).toContain(notice.issuer);
		expect(html).not.toContain('test-analyst'); // who published is for the department, not the public
		expect(await (await site.get(`/summary/${year}`, { role: null, lang: 'en', headers: { accept: 'text/html' } })).text()).toContain(
			'In its notice period: this notice runs from 20 November 2026 to 31 December 2099'
		);
	});

	it('prints it on the PDF as well', async () => {
		const { bytes } = await download('pdf', 'public');
		const path = join(out, 'published.pdf');
		writeFileSync(path, bytes);
		const text = compact(pdfPages(path).join('\n'));
		expect(text).toContain(compact('公示期为 2026年11月20日 至 2099年12月31日'));
		expect(text).toContain(compact(notice.contact));
		expect(text).toContain(notice.issuer);
	});

	it('withdrawn, the public no longer sees it and the record stays, marked withdrawn', async () => {
		expect((await post(`/summary/${year}?/withdraw`, {}, 'analyst', 'text/html')).status).toBe(303);
		expect((await site.get(`/summary/${year}`, { role: null, headers: { accept: 'text/html' } })).status).toBe(303);
		const [record] = records().filter((p) => p.year === year);
		expect(record).toMatchObject({ by: 'test-analyst', notice, withdrawn: { by: 'test-analyst' } });
		// Offered again, the form starts from the last notice's contact and issuing body.
		const html = await page('analyst');
		expect(html).toContain(`value="${notice.contact}"`);
		expect(html).toContain(`value="${notice.issuer}"`);
	});
});

describe('in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(() => browser?.close());

	it('公示: entries, the confirmation, then the notice period on the page the public sees', async () => {
		const y = year - 1;
		const { page, errors } = await visit(browser, `${site.url}/summary/${y}`);
		await page.getByLabel('受理异议的联系方式（电话、地址）').fill('023-12345678，区委组织部干部科');
		await page.getByLabel('发布单位').fill('中共测试区委组织部');
		await page.getByLabel('公示开始日期').fill('2026-11-25');
		await page.getByLabel('公示结束日期').fill('2099-01-01');
		await page.getByRole('button', { name: '核对公示内容' }).click();
		const review = page.getByTestId('review');
		await review.waitFor();
		expect(await review.innerText()).toContain('中共测试区委组织部');
		expect(records().some((p) => p.year === y && !p.withdrawn)).toBe(false); // not before confirming
		await page.getByRole('button', { name: '确认公示' }).click();
		await page.getByTestId('notice-state').waitFor();
		expect(records().filter((p) => p.year === y)).toEqual([expect.objectContaining({ by: 'test-analyst', notice: { start: '2026-11-25', end: '2099-01-01', contact: '023-12345678，区委组织部干部科', issuer: '中共测试区委组织部' } })]);

		const pub = await visit(browser, `${site.url}/summary/${y}`, null);
		expect(await pub.page.getByTestId('notice-state').innerText()).toContain('2099年1月1日');
		expect(await pub.page.getByTestId('issuer').innerText()).toContain('中共测试区委组织部');
		expect(await pub.page.locator('#publish').count()).toBe(0);
		expect([...errors, ...pub.errors]).toEqual([]);
	});

	it('a download shows its progress and saves the file under its Chinese name', async () => {
		const { page, errors } = await visit(browser, `${site.url}/summary/${year}`);
		const saved = page.waitForEvent('download');
		await page.locator('[data-download="feedback-internal"]').click();
		await page.locator('.downloads [role="status"]').first().waitFor();
		const file = await saved;
		expect(file.suggestedFilename()).toBe(`${year}年度反馈单.zip`);
		expect(await page.locator('.downloads [role="status"]').getAttribute('data-step')).toBe('done');
		expect(errors).toEqual([]);
	});
});
