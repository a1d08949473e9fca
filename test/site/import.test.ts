// Import from the browser, over HTTP as the page's forms send it: upload a zipped year bundle,
// read the validation report, confirm (a replacement needs its box ticked), follow the progress
// to the end; the new numbers are served, the audit log has the bundle's checksum. A broken
// bundle is reported by file, line and column and changes nothing; a leader may not import; a
// form from another site is refused.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startSite, type Site } from '../helpers/site.js';
import { zipOf } from '../helpers/zip.js';
import { csvRows } from '../helpers/downloads.js';
import { projectPath } from '../../src/lib/paths.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import type { ImportJob } from '../../src/lib/server/imports.js';
import type { Role } from '../../src/lib/auth/roles.js';

const BUNDLE_2010 = projectPath('data', 'sample', 'bundles', '2010');

let dir: string;
let site: Site;
let before: { unit_id: string; composite_score: number }[];
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'kaohe-import-'));
	const db = join(dir, 'warehouse.duckdb');
	copyFileSync(inject('sampleDb'), db);
	const wh = await Warehouse.open(db, { readOnly: true });
	before = await wh.all(`SELECT unit_id, composite_score::DOUBLE AS composite_score FROM unit_results WHERE year = 2010 ORDER BY unit_id`);
	wh.close();
	site = await startSite(db, { readOnly: false });
});
afterAll(async () => {
	await site?.stop();
	rmSync(dir, { recursive: true, force: true });
});

/** A form posted as a browser does (an HTML answer, so an action's redirect is a 303). */
function post(path: string, body: FormData, role: Role = 'analyst', origin = site.url) {
	return site.get(path, { method: 'POST', body, role, headers: { origin, accept: 'text/html' } });
}

async function upload(name: string, data: Buffer, role: Role = 'analyst') {
	const form = new FormData();
	form.set('bundle', new Blob([new Uint8Array(data)]), name);
	return post('/import?/upload', form, role);
}

/** The job an upload answered with, once its check (in a child process) has ended. */
async function jobOf(res: Response, on: Site = site): Promise<ImportJob> {
	expect(res.status).toBe(303);
	const id = new URL(res.headers.get('location')!, on.url).searchParams.get('job')!;
	return settled(id, on);
}

/** Polls a job until it is no longer `checking` (or `importing`). */
async function settled(id: string, on: Site = site, busy = ['checking', 'importing']): Promise<ImportJob> {
	for (;;) {
		const res = await on.get(`/import/${id}`);
		expect(res.status).toBe(200);
		const job = (await res.json()) as ImportJob;
		if (!busy.includes(job.state)) return job;
		await new Promise((r) => setTimeout(r, 50));
	}
}

describe('import from the browser', () => {
	it('reports a broken bundle by file, line and column, in Chinese, and imports nothing', async () => {
		const units = readFileSync(join(BUNDLE_2010, 'units.csv'), 'utf8').split('\n');
		units[3] = units[3]!.replace(/^[^,]+/, ''); // the third unit loses its id
		const files = Object.fromEntries(
			['bundle.json', 'cadres.csv', 'target_scores.csv', 'team_ballots.csv', 'cadre_ballots.csv', 'team_reverse.csv', 'cadre_reverse.csv', 'pk_votes.csv', 'final_grades.csv', 'vetoes.csv'].map((f) => [
				f,
				readFileSync(join(BUNDLE_2010, f))
			])
		);
		const job = await jobOf(await upload('2010.zip', await zipOf({ ...files, 'units.csv': units.join('\n') })));
		expect(job.state).toBe('rejected');
		const p = job.problems.find((x) => x.file === 'units.csv');
		expect(p).toMatchObject({ file: 'units.csv', line: 4, column: 'unit_id' });
		expect(p!.message).toMatch(/[\u4e00-\u9fff]/);
		const page = await (await site.get(`/import?job=${job.id}`)).text();
		expect(page).toContain('数据包未通过检查');
	});

	it('takes a workbook too, reporting a problem by sheet, row and column', async () => {
		const wb = new ExcelJS.Workbook();
		const bundle = wb.addWorksheet('bundle');
		bundle.addRow(['year', 2010]);
		bundle.addRow(['policy', 'qianjiang-2006']);
		const units = wb.addWorksheet('units');
		units.addRow(['unit_id', 'name', 'group_id', 'template', 'staff']);
		units.addRow(['D101', '区委办公室', 'D1', 'department', 30]);
		units.addRow(['D102', '区政府办公室', 'D1', 'department', 'many']);
		const job = await jobOf(await upload('2010年度.xlsx', Buffer.from(await wb.xlsx.writeBuffer())));
		expect(job.state).toBe('rejected');
		expect(job.problems).toContainEqual(expect.objectContaining({ file: 'units', line: 3, column: 'staff' }));
	});

	it('refuses a file that is neither a zip nor a workbook', async () => {
		const job = await jobOf(await upload('2010.csv', Buffer.from('unit_id\nD1\n')));
		expect(job.state).toBe('rejected');
		expect(job.problems[0]!.message).toContain('zip');
	});

	it('checks, asks to confirm the replacement, imports with progress and serves the new data at once', async () => {
		// The same year with one unit renamed: the rankings page, seen (and cached) before, shows
		// the new name after the import.
		const units = readFileSync(join(BUNDLE_2010, 'units.csv'), 'utf8').split('\n');
		const [id, name] = units[1]!.split(',') as [string, string];
		units[1] = units[1]!.replace(`${id},${name},`, `${id},${name}（更名）,`);
		const files = Object.fromEntries(readdirSync(BUNDLE_2010).map((f) => [`2010/${f}`, f === 'units.csv' ? units.join('\n') : readFileSync(join(BUNDLE_2010, f))]));
		const page = () => site.get('/rankings?year=2010').then((r) => r.text());
		expect(await page()).not.toContain(`${name}（更名）`);

		const job = await jobOf(await upload('2010年度.zip', await zipOf(files)));
		expect(job).toMatchObject({ state: 'ready', year: 2010, replaces: true });
		expect(job.counts!.units).toBe(before.length);

		const confirm = new FormData();
		confirm.set('job', job.id);
		const unticked = await post('/import?/confirm', confirm);
		expect(unticked.status).toBe(409);

		confirm.set('replace', 'on');
		expect((await post('/import?/confirm', confirm)).status).toBe(303);
		const seen = new Set<string>();
		let state: ImportJob;
		do {
			state = (await (await site.get(`/import/${job.id}`)).json()) as ImportJob;
			if (state.progress) seen.add(state.progress.step);
			if (state.state === 'importing') await new Promise((r) => setTimeout(r, 50));
		} while (state.state === 'importing');
		expect(state.state, state.error).toBe('done');
		expect(seen.size).toBeGreaterThan(0);

		expect(await page()).toContain(`${name}（更名）`);
		const rows = await csvRows(`${site.url}/data/rankings?year=2010&format=csv`);
		expect(rows.length).toBe(before.length);
		const audit = readFileSync(join(site.state, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
		expect(audit.find((e) => e.action === 'replace')).toMatchObject({ actor: 'test-analyst', target: '2010', detail: expect.stringContaining(job.checksum!) });
	});

	it('is the analysts’: a leader is forbidden, the public sent to sign in, a form from elsewhere refused', async () => {
		expect((await site.get('/import', { role: 'leader' })).status).toBe(403);
		expect((await upload('x.zip', Buffer.from('PK'), 'leader')).status).toBe(403);
		const anon = await site.get('/import', { role: null, headers: { accept: 'text/html' } });
		expect(anon.status).toBe(303);
		expect(anon.headers.get('location')).toBe('/signin?next=%2Fimport');
		const form = new FormData();
		form.set('bundle', new Blob([Buffer.from('PK')]), 'x.zip');
		expect((await post('/import?/upload', form, 'analyst', 'http://evil.example')).status).toBe(403);
	});
});

describe('final grades from the site', () => {
	it('lets an analyst set a cadre’s final grade with its reason: recomputed, shown, audited; a leader may not', async () => {
		const html = await (await site.get('/rankings?year=2010')).text();
		const unit = html.match(/href="\/units\/([^"?]+)"/)![1]!;
		const dossier = await (await site.get(`/units/${unit}`)).text();
		const cadre = dossier.match(/href="\/cadres\/([^"?]+)"/)![1]!;

		const form = new FormData();
		form.set('year', '2010');
		form.set('grade', 'incompetent');
		form.set('reason', '区委常委会 2011 年第 3 次会议');
		expect((await post(`/cadres/${cadre}?/grade`, form, 'leader')).status).toBe(403);
		const res = await post(`/cadres/${cadre}?/grade`, form);
		expect(res.status).toBe(200);
		const page = await (await site.get(`/cadres/${cadre}`)).text();
		expect(page).toContain('审定 不称职');
		const audit = readFileSync(join(site.state, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
		expect(audit.find((e) => e.action === 'final_grade')).toMatchObject({ actor: 'test-analyst', target: cadre, detail: expect.stringContaining('2010: - → incompetent') });

		form.set('grade', 'nonsense');
		expect((await post(`/cadres/${cadre}?/grade`, form)).status).toBe(400);
	});
});
