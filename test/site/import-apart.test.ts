// Imports from the browser apart from the site (issue #10): the hostile uploads of the issue, at
// sizes a test can afford (the site's bounds and the checking child's heap made small to match):
// each is refused or fails with a clear Chinese message while the site keeps answering, the
// warehouse is unchanged, and the upload's files are gone. A failed write (a full disk, on a small
// tmpfs) leaves the site serving the last committed state, and the next import succeeds without a
// restart. An import that a restart interrupted is written in the audit log at start-up.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { serveBuilt } from '../../src/cli/serve.js';
import { startSite, type Site } from '../helpers/site.js';
import { zipOf } from '../helpers/zip.js';
import { projectPath } from '../../src/lib/paths.js';
import type { ImportJob } from '../../src/lib/server/imports.js';

const BUNDLE_2010 = projectPath('data', 'sample', 'bundles', '2010');
const work = mkdtempSync(join(tmpdir(), 'kaohe-apart-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyOfSample(name: string, dir = work): string {
	const db = join(dir, name);
	copyFileSync(inject('sampleDb'), db);
	return db;
}

function upload(site: Site, name: string, data: Buffer) {
	const form = new FormData();
	form.set('bundle', new Blob([new Uint8Array(data)]), name);
	return site.get('/import?/upload', { method: 'POST', body: form, headers: { origin: site.url, accept: 'text/html' } });
}

const jobId = (site: Site, res: Response) => {
	expect(res.status).toBe(303);
	return new URL(res.headers.get('location')!, site.url).searchParams.get('job')!;
};

/** The job's state. A poll that meets a keep-alive socket the server has just closed is sent again once. */
async function jobOf(site: Site, id: string): Promise<ImportJob> {
	const get = async () => (await (await site.get(`/import/${id}`)).json()) as ImportJob;
	try {
		return await get();
	} catch (e) {
		if (!(e instanceof TypeError)) throw e;
		return get();
	}
}

/**
 * Follows a job until it is no longer `state`, fetching a page between polls: returns the job and
 * the statuses of the pages answered while it was still in that state.
 */
async function whileIn(site: Site, id: string, state: ImportJob['state'], page = '/rankings?year=2010') {
	const statuses: number[] = [];
	for (;;) {
		const job = await jobOf(site, id);
		if (job.state !== state) return { job, statuses };
		const res = await site.get(page);
		await res.arrayBuffer();
		if ((await jobOf(site, id)).state === state) statuses.push(res.status);
	}
}

const rankings = async (site: Site) => (await site.get('/data/rankings?year=2010&format=csv')).text();
const uploadsLeft = (site: Site) => (existsSync(join(site.state, 'uploads')) ? readdirSync(join(site.state, 'uploads')) : []);

/** The 2010 sample zipped, with the first unit renamed `…（更名）` so that an import shows. */
function renamed2010(): Promise<Buffer> {
	const units = readFileSync(join(BUNDLE_2010, 'units.csv'), 'utf8').split('\n');
	const [id, name] = units[1]!.split(',') as [string, string];
	units[1] = units[1]!.replace(`${id},${name},`, `${id},${name}（更名）,`);
	return zipOf(Object.fromEntries(readdirSync(BUNDLE_2010).map((f) => [f, f === 'units.csv' ? units.join('\n') : readFileSync(join(BUNDLE_2010, f))])));
}

async function confirm(site: Site, id: string) {
	const form = new FormData();
	form.set('job', id);
	form.set('replace', 'on');
	const res = await site.get('/import?/confirm', { method: 'POST', body: form, headers: { origin: site.url, accept: 'text/html' } });
	expect(res.status).toBe(303);
	return whileIn(site, id, 'importing');
}

/** The row bound of these tests' site: small, to keep the hostile files small. */
const MAX_ROWS = 20_000;

describe('hostile uploads, checked apart from the site', () => {
	let site: Site;
	let before: string;
	beforeAll(async () => {
		// A heap of 64 MB for the child that checks, and MAX_ROWS rows a table, above the 2010 sample's largest.
		const largest = Math.max(...readdirSync(BUNDLE_2010).filter((f) => f.endsWith('.csv')).map((f) => readFileSync(join(BUNDLE_2010, f), 'utf8').split('\n').length));
		expect(largest).toBeLessThan(MAX_ROWS);
		site = await startSite(copyOfSample('hostile.duckdb'), { readOnly: false, env: { KAOHE_IMPORT_MEMORY_MB: '64', KAOHE_MAX_ROWS: String(MAX_ROWS) } });
		before = await rankings(site);
	});
	afterAll(() => site?.stop());

	it('fails a bundle that runs the checking child out of memory, with a clear message, serving pages meanwhile', async () => {
		// A 0.5 MB zip of 80 MB: a units.csv whose header is one cell of 80 MB (the header is read
		// in the child's JavaScript, under its 64 MB).
		const units = 'unit_id,' + 'x'.repeat(80 * 1024 * 1024) + '\nU0,D1\n';
		const zip = await zipOf({ 'bundle.json': readFileSync(join(BUNDLE_2010, 'bundle.json')), 'units.csv': units });
		const id = jobId(site, await upload(site, 'oom.zip', zip));
		const { job, statuses } = await whileIn(site, id, 'checking');
		expect(job.state).toBe('failed');
		expect(job.error).toMatch(/内存用量超过上限（64 MB/);
		expect(statuses.length).toBeGreaterThan(0);
		expect(statuses.every((s) => s === 200)).toBe(true);
		expect(await rankings(site)).toBe(before);
		expect(uploadsLeft(site)).toEqual([]);
	});

	it('refuses a row longer than DuckDB reads (cells of 8 MB) at its line, quoting none of it', async () => {
		const cell = 'x'.repeat(8 * 1024 * 1024);
		const units = 'unit_id,name,group_id,template,staff\n' + Array.from({ length: 10 }, (_, i) => `U${i},${cell},D1,dept,10\n`).join('');
		const zip = await zipOf({ 'bundle.json': readFileSync(join(BUNDLE_2010, 'bundle.json')), 'units.csv': units });
		const id = jobId(site, await upload(site, 'long.zip', zip));
		const { job, statuses } = await whileIn(site, id, 'checking');
		expect(job.state).toBe('rejected');
		expect(job.problems).toEqual([expect.objectContaining({ file: 'units.csv', line: 2, message: expect.stringMatching(/^此行过长（超过 [\d,]+ 字节），无法读取$/) })]);
		expect(statuses.every((s) => s === 200)).toBe(true);
		expect(await rankings(site)).toBe(before);
		expect(uploadsLeft(site)).toEqual([]);
	});

	it('refuses a small zip holding a table past the row bound, early, by file', async () => {
		const ballots = 'unit_id,aspect_id,good,fairly_good,average,poor\n' + 'D101,politics,1,0,0,0\n'.repeat(2 * MAX_ROWS);
		const zip = await zipOf({ ...Object.fromEntries(readdirSync(BUNDLE_2010).map((f) => [f, readFileSync(join(BUNDLE_2010, f))])), 'team_ballots.csv': ballots });
		const { job } = await whileIn(site, jobId(site, await upload(site, 'rows.zip', zip)), 'checking');
		expect(job.state).toBe('rejected');
		expect(job.problems).toEqual([expect.objectContaining({ file: 'team_ballots.csv', message: expect.stringContaining(`超过每个表最多 ${MAX_ROWS} 行`) })]);
		expect(await rankings(site)).toBe(before);
		expect(uploadsLeft(site)).toEqual([]);
	});

	it('refuses a workbook of two sheets past the row bound at the first row past it', async () => {
		const wb = new ExcelJS.Workbook();
		const meta = wb.addWorksheet('bundle');
		meta.addRow(['year', 2010]);
		meta.addRow(['policy', 'qianjiang-2006']);
		for (const name of ['team_ballots', 'cadre_ballots']) {
			const s = wb.addWorksheet(name);
			for (let i = 0; i < MAX_ROWS + 2_000; i++) s.addRow(['D101', 'politics', 1, 0, 0, 0]);
		}
		const { job } = await whileIn(site, jobId(site, await upload(site, '2010.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))), 'checking');
		expect(job.state).toBe('rejected');
		expect(job.problems).toEqual([expect.objectContaining({ file: 'team_ballots', line: MAX_ROWS + 2, message: expect.stringContaining(`最多 ${MAX_ROWS} 行`) })]);
		expect(JSON.stringify(job)).not.toContain(site.state);
		expect(uploadsLeft(site)).toEqual([]);
	});

	it('still imports a good bundle afterwards, and deletes its files once imported', async () => {
		const { job } = await whileIn(site, jobId(site, await upload(site, '2010.zip', await renamed2010())), 'checking');
		expect(job.state, job.error).toBe('ready');
		expect(uploadsLeft(site)).toEqual([job.id]); // the staging file, until the confirmation
		const { job: done } = await confirm(site, job.id);
		expect(done.state, done.error).toBe('done');
		expect(await rankings(site)).toContain('（更名）');
		expect(uploadsLeft(site)).toEqual([]);
	});
});

/** Whether this process may mount a tmpfs (root, with the capability): the full-disk test needs one. */
function tryMount(dir: string, size: string): boolean {
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const disk = join(work, 'disk');
mkdirSync(disk);
// Room for the sample warehouse and an import of a year; the test fills the rest itself.
const mounted = tryMount(disk, '200m');
if (!mounted) console.warn('full-disk test skipped: cannot mount a tmpfs here (it needs root and CAP_SYS_ADMIN)');

describe.skipIf(!mounted)('a full disk during an import', () => {
	let site: Site;
	afterAll(async () => {
		await site?.stop();
		execFileSync('umount', [disk]);
	});

	it('fails the import with a clear message, keeps serving the last committed state, and lets the next import succeed', async () => {
		site = await startSite(copyOfSample('warehouse.duckdb', disk), { readOnly: false });
		const before = await rankings(site);
		const zip = await renamed2010();
		const first = (await whileIn(site, jobId(site, await upload(site, '2010.zip', zip)), 'checking')).job;
		expect(first.state, first.error).toBe('ready');

		// Fill the disk of the warehouse, leaving 300 KB.
		const { bavail, bsize } = statfsSync(disk);
		writeFileSync(join(disk, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - 300_000)));
		const failed = await confirm(site, first.id);
		expect(failed.job.state).toBe('failed');
		expect(failed.job.error).toMatch(/^磁盘空间不足/);
		expect(failed.job.error).not.toContain(disk);
		expect((await site.get('/')).status).toBe(200);
		expect(await rankings(site)).toBe(before);
		expect(uploadsLeft(site)).toEqual([]);

		// Space again: the same bundle imports, without a restart.
		rmSync(join(disk, 'filler'));
		const again = (await whileIn(site, jobId(site, await upload(site, '2010.zip', zip)), 'checking')).job;
		expect(again.state, again.error).toBe('ready');
		const done = await confirm(site, again.id);
		expect(done.job.state, done.job.error).toBe('done');
		expect(await rankings(site)).toContain('（更名）');
	});
});

describe('an import interrupted by a restart', () => {
	it('is written in the audit log at start-up, and the left-over files are deleted', async () => {
		const state = join(work, 'state');
		mkdirSync(join(state, 'uploads', 'job-a'), { recursive: true });
		mkdirSync(join(state, 'uploads', 'job-b'), { recursive: true });
		writeFileSync(join(state, 'uploads', 'job-a', 'importing.json'), JSON.stringify({ owner: 'test-analyst', year: 2010, checksum: 'abc123', fileName: '2010.zip' }));
		writeFileSync(join(state, 'uploads', 'job-b', 'upload.zip'), 'left over');
		const site = await serveBuilt(copyOfSample('restart.duckdb'), { readOnly: false, env: { KAOHE_STATE: state } });
		try {
			const audit = readFileSync(join(state, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
			expect(audit).toContainEqual(expect.objectContaining({ action: 'import_interrupted', actor: 'test-analyst', target: '2010', detail: expect.stringContaining('abc123') }));
			expect(readdirSync(join(state, 'uploads'))).toEqual([]);
		} finally {
			await site.stop();
		}
	});
});
