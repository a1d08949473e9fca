// Imports from the browser (/import): an analyst uploads a year bundle (a zip of its files, or an
// XLSX workbook); it is unpacked with bounds, read and checked, and the validation report is shown;
// on confirmation it is imported in one transaction on its own connection while the site keeps
// serving, with progress to poll. One import at a time. Jobs live in this server process; the
// uploaded files in the state folder's uploads/, removed when the job ends.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '$lib/bundle/read';
import { validateBundle } from '$lib/bundle/validate';
import { unpackBundleZip } from '$lib/bundle/zip';
import { BundleRejected, type Problem } from '$lib/bundle/problems';
import type { Bundle } from '$lib/bundle/bundle';
import { statePath } from '$lib/auth/state';
import { audit } from '$lib/audit/log';
import { importBundle, type ImportProgress } from '$lib/warehouse/import';
import { siteWarehouse } from './site-warehouse';
import { warehouseChanged } from './page-cache';

/** The largest upload taken (bytes); adapter-node's BODY_SIZE_LIMIT must allow it (serve, start). */
export const MAX_UPLOAD = Number(process.env.KAOHE_MAX_UPLOAD ?? 100 * 1024 * 1024);

export type JobState = 'rejected' | 'ready' | 'importing' | 'done' | 'failed';

export interface ImportJob {
	id: string;
	owner: string;
	fileName: string;
	bytes: number;
	/** sha256 of the uploaded file */
	upload: string;
	state: JobState;
	problems: Problem[];
	dropped: number;
	year?: number;
	policy?: string;
	/** sha256 of the bundle's contents, as the command line computes it */
	checksum?: string;
	counts?: Record<string, number>;
	replaces?: boolean;
	progress?: ImportProgress;
	error?: string;
	created: number;
	finished?: number;
}

const jobs = new Map<string, ImportJob & { bundle?: Bundle }>();
let running: string | undefined;

/** What the page and the progress endpoint show: the job without its bundle. */
export function jobView(id: string, owner: string): ImportJob | undefined {
	const job = jobs.get(id);
	if (!job || job.owner !== owner) return undefined;
	const { bundle: _bundle, ...view } = job;
	return view;
}

export function jobsOf(owner: string): ImportJob[] {
	return [...jobs.values()].filter((j) => j.owner === owner).sort((a, b) => b.created - a.created).slice(0, 10).map((j) => jobView(j.id, owner)!);
}

export function importRunning(): boolean {
	return running !== undefined;
}

/** Forgets jobs (and frees the bundles held for confirmation) after six hours. */
function prune(now = Date.now()): void {
	for (const [id, job] of jobs)
		if (id !== running && now - job.created > 6 * 3600_000) {
			jobs.delete(id);
			rmSync(uploadDir(id), { recursive: true, force: true });
		}
}

function uploadDir(id: string): string {
	return statePath(join('uploads', id));
}

/** Reads and checks an uploaded bundle; the job is `ready` to import or `rejected` with problems. */
export async function checkUpload(owner: string, fileName: string, data: Buffer, existingYears: number[]): Promise<ImportJob> {
	prune();
	const id = randomUUID();
	const job: ImportJob & { bundle?: Bundle } = {
		id,
		owner,
		fileName: fileName.slice(0, 200),
		bytes: data.length,
		upload: createHash('sha256').update(data).digest('hex'),
		state: 'rejected',
		problems: [],
		dropped: 0,
		created: Date.now()
	};
	jobs.set(id, job);
	const dir = uploadDir(id);
	mkdirSync(dir, { recursive: true });
	try {
		const isZip = data.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));
		let path: string;
		if (/\.xlsx$/i.test(fileName) && isZip) {
			path = join(dir, 'bundle.xlsx');
			writeFileSync(path, data);
		} else if (/\.zip$/i.test(fileName) && isZip) {
			path = join(dir, 'bundle');
			mkdirSync(path);
			await unpackBundleZip(data, path);
		} else {
			throw new BundleRejected([{ file: job.fileName, message: '请上传数据包的 zip 文件（bundle.json 和各 CSV 文件）或 .xlsx 工作簿' }]);
		}
		const bundle = await validateBundle(await readBundle(path));
		Object.assign(job, {
			state: 'ready',
			bundle,
			year: bundle.year,
			policy: bundle.policy.id,
			checksum: bundle.checksum,
			replaces: existingYears.includes(bundle.year),
			problems: bundle.warnings.map((message) => ({ file: job.fileName, message: `警告：${message}` })),
			counts: {
				units: bundle.units.length,
				cadres: bundle.cadres.length,
				target_scores: bundle.targetScores.length,
				team_ballots: bundle.teamBallots.length,
				cadre_ballots: bundle.cadreBallots.length,
				team_reverse: bundle.teamReverse.length,
				cadre_reverse: bundle.cadreReverse.length,
				pk_votes: bundle.pkVotes.length,
				final_grades: bundle.finalGrades.length
			}
		});
	} catch (e) {
		if (!(e instanceof BundleRejected)) throw e;
		Object.assign(job, { state: 'rejected', problems: e.problems, dropped: e.dropped, finished: Date.now() });
		rmSync(dir, { recursive: true, force: true });
	}
	return jobView(id, owner)!;
}

export class ImportRefused extends Error {}

/** Starts the import of a `ready` job in the background; poll jobView for its progress. */
export function startImport(id: string, owner: string, replace: boolean, ip: string): void {
	const job = jobs.get(id);
	if (!job || job.owner !== owner) throw new ImportRefused('找不到这次上传，请重新上传。');
	if (job.state !== 'ready' || !job.bundle) throw new ImportRefused('这次上传已导入或已被拒绝，请重新上传。');
	if (job.replaces && !replace) throw new ImportRefused(`${job.year} 年度已在数据仓库中：请勾选“替换”以确认替换。`);
	if (running) throw new ImportRefused('另一次导入正在进行，请等它完成后再确认。');
	running = id;
	job.state = 'importing';
	const bundle = job.bundle;
	void (async () => {
		try {
			const wh = await siteWarehouse();
			const r = await importBundle(wh, bundle, { replace, onProgress: (p) => (job.progress = p) });
			warehouseChanged();
			job.state = 'done';
			job.replaces = r.replaced;
			audit({ actor: owner, action: r.replaced ? 'replace' : 'import', target: String(r.year), detail: `${bundle.checksum} (${job.fileName})`, ip });
		} catch (e) {
			if (e instanceof BundleRejected) Object.assign(job, { state: 'rejected', problems: e.problems, dropped: e.dropped });
			else Object.assign(job, { state: 'failed', error: (e as Error).message.split('\n')[0] });
		} finally {
			job.finished = Date.now();
			delete job.bundle;
			running = undefined;
			rmSync(uploadDir(id), { recursive: true, force: true });
		}
	})();
}
