// Imports from the browser (/import): an analyst uploads a year bundle (a zip of its files, or an
// XLSX workbook); it is checked, the validation report shown, and on confirmation imported in one
// transaction while the site keeps serving, with progress to poll. One import at a time. Jobs live
// in this server process; their files in the state folder's uploads/<job>/.
//
// Apart from the site: the reading and checking, where a hostile bundle costs memory and time,
// run in a child process (src/cli/stage.ts) with a heap limit (KAOHE_IMPORT_MEMORY_MB, default
// 2048), so no bundle can take the site down: if the child dies (out of memory, killed), the job
// fails with a message and the site goes on. The child cannot write the warehouse (the site holds
// it; DuckDB allows one writer process a file), so it writes the checked rows into a staging file
// and the site's own connection copies them in, inside DuckDB (src/lib/warehouse/staging.ts).
//
// Files: the upload is deleted as soon as it is checked (the staging file alone is kept for the
// confirmation, deleted when the job ends or after six hours); whatever a crash left is deleted
// when the site starts, and an import a restart interrupted is then written in the audit log.
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { boundText, type Problem } from '$lib/bundle/problems';
import { BundleRejected } from '$lib/bundle/problems';
import { statePath } from '$lib/auth/state';
import { audit } from '$lib/audit/log';
import { projectPath } from '$lib/paths';
import type { ImportProgress } from '$lib/warehouse/import';
import { importStaged } from '$lib/warehouse/staging';
import type { StageMessage, StageRequest, Staged } from '../../cli/stage';
import { closeSiteWarehouse, siteWarehouse } from './site-warehouse';
import { warehouseChanged } from './page-cache';

/** The largest upload taken (bytes); adapter-node's BODY_SIZE_LIMIT must allow it (serve, start). */
export const MAX_UPLOAD = Number(process.env.KAOHE_MAX_UPLOAD ?? 100 * 1024 * 1024);

/** The heap of the child that checks an upload, in MB. */
export const IMPORT_MEMORY_MB = Number(process.env.KAOHE_IMPORT_MEMORY_MB ?? 2048);

/** The time the child may take, in seconds: then it is killed (one check at a time must end). */
const CHECK_SECONDS = Number(process.env.KAOHE_IMPORT_CHECK_SECONDS ?? 1800);

export type JobState = 'checking' | 'rejected' | 'ready' | 'importing' | 'done' | 'failed';

export interface ImportJob {
	id: string;
	owner: string;
	fileName: string;
	bytes: number;
	/** sha256 of the uploaded file */
	upload: string;
	state: JobState;
	/** while checking: what the child is doing */
	step?: string;
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

const jobs = new Map<string, ImportJob & { staged?: Staged }>();
let running: string | undefined;

/** What the page and the progress endpoint show: the job without its staged bundle. */
export function jobView(id: string, owner: string): ImportJob | undefined {
	const job = jobs.get(id);
	if (!job || job.owner !== owner) return undefined;
	const { staged: _staged, ...view } = job;
	return view;
}

export function jobsOf(owner: string): ImportJob[] {
	return [...jobs.values()].filter((j) => j.owner === owner).sort((a, b) => b.created - a.created).slice(0, 10).map((j) => jobView(j.id, owner)!);
}

export function importRunning(): boolean {
	return running !== undefined;
}

function uploadsDir(): string {
	return statePath('uploads');
}

function jobDir(id: string): string {
	return join(uploadsDir(), id);
}

/** The marker of an import under way: still there at start-up, it was interrupted. */
const MARKER = 'importing.json';

/** Forgets jobs (and deletes their staging files) after six hours. */
function prune(now = Date.now()): void {
	for (const [id, job] of jobs)
		if (id !== running && job.state !== 'checking' && now - job.created > 6 * 3600_000) {
			jobs.delete(id);
			rmSync(jobDir(id), { recursive: true, force: true });
		}
}

/**
 * At start-up: an import interrupted by the stop of the site (its marker still there) is written
 * in the audit log; every file a previous run left in uploads/ is deleted.
 */
export function cleanUploads(): void {
	let ids: string[];
	try {
		ids = readdirSync(uploadsDir());
	} catch {
		return;
	}
	for (const id of ids) {
		const marker = join(jobDir(id), MARKER);
		if (existsSync(marker)) {
			let m: { owner?: string; year?: number; checksum?: string; fileName?: string; ip?: string } = {};
			try {
				m = JSON.parse(readFileSync(marker, 'utf8'));
			} catch {
				/* torn by the crash: the event is still written */
			}
			audit({
				actor: m.owner ?? '-',
				action: 'import_interrupted',
				target: m.year === undefined ? undefined : String(m.year),
				detail: `${m.checksum ?? ''} (${m.fileName ?? id})：网站在导入中停止；导入在一个事务中，未提交则数据仓库不变`,
				ip: m.ip
			});
		}
		rmSync(jobDir(id), { recursive: true, force: true });
	}
}

/** An upload or a confirmation refused for now (another is under way, the job is gone). */
export class ImportRefused extends Error {}

/** The message of a child that ended without an answer. */
function childDied(code: number | null, signal: NodeJS.Signals | null, stderr: string, timedOut: boolean): string {
	if (timedOut) return `检查数据包超过 ${CHECK_SECONDS} 秒（见 KAOHE_IMPORT_CHECK_SECONDS），已中止。数据仓库没有改变。`;
	if (/heap limit|out of memory|Allocation failed/i.test(stderr))
		return `检查数据包时内存用量超过上限（${IMPORT_MEMORY_MB} MB，见 KAOHE_IMPORT_MEMORY_MB），已中止：数据包太大或含有异常大的单元格。数据仓库没有改变。`;
	if (signal) return `检查数据包的进程被终止（${signal}），已中止。数据仓库没有改变，请重新上传。`;
	return `检查数据包的进程意外退出（退出码 ${code}），已中止。数据仓库没有改变，请重新上传。`;
}

const TSX = () => pathToFileURL(projectPath('node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/**
 * Starts the check of an uploaded bundle in a child process; the job is `checking` until it
 * answers, then `ready` to import or `rejected` with problems (or `failed` if the child died).
 * `years()` gives the years in the warehouse, to tell a replacement.
 */
export function checkUpload(owner: string, fileName: string, data: Buffer, years: () => Promise<number[]>): ImportJob {
	prune();
	// One check at a time: each child may take IMPORT_MEMORY_MB of the machine's memory.
	if ([...jobs.values()].some((j) => j.state === 'checking')) throw new ImportRefused('另一个数据包正在检查，请等它完成后再上传。');
	const id = randomUUID();
	const job: ImportJob & { staged?: Staged } = {
		id,
		owner,
		fileName: fileName.slice(0, 200),
		bytes: data.length,
		upload: createHash('sha256').update(data).digest('hex'),
		state: 'checking',
		problems: [],
		dropped: 0,
		created: Date.now()
	};
	jobs.set(id, job);
	const end = (fields: Partial<ImportJob>) => Object.assign(job, { finished: Date.now(), step: undefined }, fields);
	const isZip = data.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));
	const kind = /\.xlsx$/i.test(fileName) && isZip ? 'xlsx' : /\.zip$/i.test(fileName) && isZip ? 'zip' : undefined;
	if (!kind) {
		end({ state: 'rejected', problems: [{ file: job.fileName, message: '请上传数据包的 zip 文件（bundle.json 和各 CSV 文件）或 .xlsx 工作簿' }] });
		return jobView(id, owner)!;
	}
	const dir = jobDir(id);
	const source = join(dir, kind === 'xlsx' ? 'upload.xlsx' : 'upload.zip');
	try {
		mkdirSync(dir, { recursive: true });
		writeFileSync(source, data);
	} catch (e) {
		rmSync(dir, { recursive: true, force: true });
		end({ state: 'failed', error: `无法保存上传的文件：${boundText((e as Error).message)}` });
		return jobView(id, owner)!;
	}
	const request: StageRequest = { source, kind, dir, name: job.fileName };
	const child = spawn(process.execPath, [`--max-old-space-size=${IMPORT_MEMORY_MB}`, '--import', TSX(), projectPath('src', 'cli', 'stage.ts'), JSON.stringify(request)], {
		cwd: projectPath(),
		stdio: ['ignore', 'ignore', 'pipe', 'ipc']
	});
	let stderr = '';
	child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
	let answer: StageMessage | undefined;
	child.on('message', (m: StageMessage) => {
		if (m.type === 'progress') job.step = m.step;
		else answer = m;
	});
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		child.kill('SIGKILL');
	}, CHECK_SECONDS * 1000);
	let settled = false;
	const settle = async (code: number | null, signal: NodeJS.Signals | null) => {
		if (settled) return;
		settled = true;
		clearTimeout(timer);
		try {
			if (answer?.type === 'ready') {
				const s = answer.staged;
				const held = await years().catch(() => [] as number[]);
				end({
					state: 'ready',
					year: s.year,
					policy: s.policy.id,
					checksum: s.checksum,
					replaces: held.includes(s.year),
					counts: s.counts,
					problems: s.warnings.map((message) => ({ file: job.fileName, message: `警告：${message}` })),
					dropped: s.droppedWarnings
				});
				job.staged = s;
			} else if (answer?.type === 'rejected') end({ state: 'rejected', problems: answer.problems, dropped: answer.dropped });
			else if (answer?.type === 'error') end({ state: 'failed', error: `检查数据包时出错：${answer.message}` });
			else end({ state: 'failed', error: childDied(code, signal, stderr, timedOut) });
		} finally {
			// The upload (and the unpacked zip) is deleted now; a ready job keeps its staging file only.
			if (job.state === 'ready') {
				rmSync(source, { force: true });
				rmSync(join(dir, 'bundle'), { recursive: true, force: true });
			} else rmSync(dir, { recursive: true, force: true });
		}
	};
	// 'close', not 'exit': by then every message of the child has arrived.
	child.on('close', (code, signal) => void settle(code, signal));
	child.on('error', (e) => {
		stderr += e.message;
		void settle(null, null);
	});
	return jobView(id, owner)!;
}

/** A failed write (a full disk): why, in Chinese, without the server's paths. */
function writeFailure(e: Error): string {
	const message = boundText(e.message.split('\n')[0] ?? '');
	if (/No space left|ENOSPC|disk full/i.test(e.message)) return `磁盘空间不足，无法写入数据仓库（${message}）。请腾出空间后重新导入。`;
	return message;
}

/**
 * After a failed import, the site's warehouse must still answer: DuckDB may have invalidated the
 * instance after a failed write. Then it is closed, and the next request opens the file again,
 * in the last committed state.
 */
async function keepServing(): Promise<void> {
	try {
		const wh = await siteWarehouse();
		await wh.all('SELECT 1');
	} catch {
		await closeSiteWarehouse();
	}
}

/** Starts the import of a `ready` job in the background; poll jobView for its progress. */
export function startImport(id: string, owner: string, replace: boolean, ip: string): void {
	const job = jobs.get(id);
	if (!job || job.owner !== owner) throw new ImportRefused('找不到这次上传，请重新上传。');
	if (job.state !== 'ready' || !job.staged) throw new ImportRefused('这次上传已导入或已被拒绝，请重新上传。');
	if (job.replaces && !replace) throw new ImportRefused(`${job.year} 年度已在数据仓库中：请勾选“替换”以确认替换。`);
	if (running) throw new ImportRefused('另一次导入正在进行，请等它完成后再确认。');
	running = id;
	job.state = 'importing';
	const staged = job.staged;
	void (async () => {
		try {
			writeFileSync(join(jobDir(id), MARKER), JSON.stringify({ owner, year: staged.year, checksum: staged.checksum, fileName: job.fileName, ip }));
			const wh = await siteWarehouse();
			const r = await importStaged(wh, staged, staged.file, { replace, onProgress: (p) => (job.progress = p) });
			warehouseChanged();
			job.state = 'done';
			job.replaces = r.replaced;
			audit({ actor: owner, action: r.replaced ? 'replace' : 'import', target: String(r.year), detail: `${staged.checksum} (${job.fileName})`, ip });
		} catch (e) {
			if (e instanceof BundleRejected) Object.assign(job, { state: 'rejected', problems: e.problems, dropped: e.dropped });
			else {
				Object.assign(job, { state: 'failed', error: writeFailure(e as Error) });
				await keepServing();
			}
		} finally {
			job.finished = Date.now();
			delete job.staged;
			running = undefined;
			rmSync(jobDir(id), { recursive: true, force: true });
		}
	})();
}
