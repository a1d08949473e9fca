// The site's making of a publication's files (年度公示 → 下载), apart from the request that asks
// for one: the request starts a job and gets its id at once; the page shows the job's progress
// (its step, and for the feedback sheets how many of them are written) and then downloads the
// file. Jobs live in the memory of the server process, each seen only by the account that started
// it, and are forgotten some minutes after they end (a restart forgets them all).
import { randomUUID } from 'node:crypto';

/** What a job is doing; the page names each step in the reader's language. */
export const JOB_STEPS = ['queued', 'page', 'print', 'sheets', 'zip', 'done', 'failed'] as const;
export type JobStep = (typeof JOB_STEPS)[number];

export interface JobStatus {
	id: string;
	step: JobStep;
	/** items done of `total` in the step (the feedback sheets); 0 of 0 otherwise */
	done: number;
	total: number;
	/** why it failed */
	message?: string;
	/** the file's name, once known */
	name: string;
}

export interface JobFile {
	name: string;
	type: string;
	bytes: Uint8Array;
}

export interface Job {
	status: JobStatus;
	owner: string;
	/** Resolves when the job has ended, done or failed; never rejects. */
	ended: Promise<void>;
	file?: JobFile;
}

export type Progress = (step: JobStep, done?: number, total?: number) => void;

/** How long a finished job's file is kept for its download. */
const KEEP_MS = 15 * 60_000;
/** At most this many jobs are kept; the oldest finished ones are dropped first. */
const MAX_JOBS = 50;

const jobs = new Map<string, Job & { endedAt?: number }>();

function prune(now = Date.now()): void {
	for (const [id, j] of jobs) if (j.endedAt !== undefined && now - j.endedAt > KEEP_MS) jobs.delete(id);
	for (const [id, j] of jobs) {
		if (jobs.size <= MAX_JOBS) break;
		if (j.endedAt !== undefined) jobs.delete(id);
	}
}

/** Starts `work` for `owner`; it reports its steps through `progress` and returns the file. */
export function startJob(owner: string, name: string, work: (progress: Progress) => Promise<Omit<JobFile, 'name'>>): Job {
	prune();
	const id = randomUUID();
	const job: Job & { endedAt?: number } = { owner, status: { id, step: 'queued', done: 0, total: 0, name }, ended: Promise.resolve() };
	const progress: Progress = (step, done = 0, total = 0) => {
		job.status = { ...job.status, step, done, total };
	};
	job.ended = (async () => {
		// A turn of the event loop first: the request that started the job is answered before any work.
		await new Promise((r) => setImmediate(r));
		try {
			job.file = { name, ...(await work(progress)) };
			progress('done');
		} catch (e) {
			job.status = { ...job.status, step: 'failed', message: e instanceof Error ? e.message : String(e) };
		} finally {
			job.endedAt = Date.now();
		}
	})();
	jobs.set(id, job);
	return job;
}

/** The job `id` if `owner` started it. */
export function jobOf(id: string, owner: string): Job | undefined {
	const job = jobs.get(id);
	return job && job.owner === owner ? job : undefined;
}
