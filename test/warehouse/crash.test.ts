// The crash test: an import process (test/warehouse/crash-child.ts, which does what `import`
// does) killed with SIGKILL at random moments of its import, many times, each on a fresh copy of a
// warehouse. After every kill the warehouse opens (read-only, as the site would, and read-write, as
// the next import would), passes checkWarehouse, and holds exactly what it held before or exactly
// that plus the new year — never a mix; a replaced year is exactly the old one or exactly the new
// one. Once the process has said the import committed, only "after" is right.
// The kill moments are spread over the import as measured first (stratified: one random moment
// in each of N equal slices), from a seeded random: the seed is printed, KAOHE_CRASH_SEED repeats it.
import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/lib/paths.js';
import { checkWarehouse } from '../../src/lib/warehouse/check.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { importInto } from '../helpers/warehouse.js';
import { copyWarehouse, withWarehouse } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

const KILLS_NEW = 12;
const KILLS_REPLACE = 6;
/** Kills running at once: a process spends most of its life starting, so overlap them. */
const PARALLEL = 3;

const seed = Number(process.env.KAOHE_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`crash test seed ${seed} — repeat with KAOHE_CRASH_SEED=${seed} npx vitest run test/warehouse/crash.test.ts`);

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function random(s: number): () => number {
	return () => {
		s = (s + 0x6d2b79f5) | 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = random(seed);

const work = tempDir('crash-');
const bundles = projectPath('data', 'sample', 'bundles');
const child = projectPath('test', 'warehouse', 'crash-child.ts');
let files = 0;

interface Run {
	/** The lines the process wrote before it was killed (or before it ended). */
	seen: string[];
	/** ms from "opened" to the kill, if the kill struck the running process. */
	killedAt?: number;
	/** ms from "opened" to each line after it. */
	at: Record<string, number>;
	code: number | null;
	signal: NodeJS.Signals | null;
	err: string;
}

/** Runs the import process on `db`; kills it `killAfter` ms after it opened the warehouse. */
function runImport(db: string, bundle: string, replace: boolean, killAfter?: number): Promise<Run> {
	return new Promise((resolve, reject) => {
		const p = spawn(process.execPath, ['--import', 'tsx', child, db, bundle, replace ? 'replace' : 'new'], { cwd: projectPath() });
		const seen: string[] = [];
		let opened = 0;
		let killedAt: number | undefined;
		const at: Record<string, number> = {};
		let err = '';
		let out = '';
		p.stderr.on('data', (d) => (err += d));
		p.stdout.on('data', (d) => {
			out += d;
			const lines = out.split('\n');
			out = lines.pop()!;
			for (const line of lines) {
				seen.push(line);
				if (opened) at[line] = performance.now() - opened;
				if (line === 'opened') {
					opened = performance.now();
					if (killAfter !== undefined)
						setTimeout(() => {
							if (p.exitCode === null && p.signalCode === null) {
								killedAt = performance.now() - opened;
								p.kill('SIGKILL');
							}
						}, killAfter);
				}
			}
		});
		p.on('error', reject);
		// A kill sent as the process was already exiting misses it (it ends with its own code, no
		// signal): that run ended, and is judged as one that ended.
		p.on('close', (code, signal) => resolve({ seen: [...seen], killedAt: signal === 'SIGKILL' ? killedAt : undefined, at, code, signal, err }));
	});
}

/** What identifies the state of each year: the bundle's checksum, row counts and sums. */
const FINGERPRINT = `
SELECT y.year, y.checksum,
       (SELECT count(*) FROM units t WHERE t.year = y.year)::INTEGER AS units,
       (SELECT count(*) FROM cadre_ballots t WHERE t.year = y.year)::INTEGER AS cadre_ballots,
       (SELECT count(*) FROM unit_composite t WHERE t.year = y.year)::INTEGER AS composites,
       (SELECT sum(composite_score)::VARCHAR FROM unit_composite t WHERE t.year = y.year) AS composite_sum,
       (SELECT sum(composite_score)::VARCHAR FROM cadre_composite t WHERE t.year = y.year) AS cadre_composite_sum,
       (SELECT count(*) FROM alerts t WHERE t.year = y.year)::INTEGER AS alerts,
       (SELECT count(*) FROM rewards t WHERE t.year = y.year)::INTEGER AS rewards
FROM years y ORDER BY y.year`;

const fingerprint = (wh: Warehouse) => wh.all(FINGERPRINT).then((r) => JSON.stringify(r));

async function build(path: string, years: number[]): Promise<string> {
	await withWarehouse(
		path,
		async (wh) => {
			for (const y of years) await importInto(wh, join(bundles, String(y)));
		},
		false
	);
	return path;
}

/** The 2004 sample labelled as 2001: a replacement that differs from the 2001 held. */
function replacementBundle(): string {
	const dir = join(work, 'replacement-2001');
	cpSync(join(bundles, '2004'), dir, { recursive: true });
	writeFileSync(join(dir, 'bundle.json'), JSON.stringify({ year: 2001, policy: 'qianjiang-2004' }));
	return dir;
}

// Few years, so that each check after a kill is quick; the import of 2002, and the replacement
// of 2001, also recompute the alerts of 2002 (which look back a year).
let base1: string; // 2001
let base2: string; // 2001, 2002

beforeAll(async () => {
	base1 = await build(join(work, 'base1.duckdb'), [2001]);
	base2 = await build(copyWarehouse(base1, join(work, 'base2.duckdb')), [2002]);
});

/**
 * Kills `n` imports of `bundle` into copies of `base` at moments spread over the import, and
 * checks each warehouse left behind.
 */
async function crashes(base: string, bundle: string, replace: boolean, n: number, expectYears: { before: number[]; after: number[] }) {
	const before = await withWarehouse(base, fingerprint);
	// Measure: run the import to its end, as many at once as the kills will run.
	const calibration = await Promise.all(
		Array.from({ length: PARALLEL }, async () => {
			const db = copyWarehouse(base, join(work, `c${++files}.duckdb`));
			const run = await runImport(db, bundle, replace);
			expect(run.err).toBe('');
			expect([run.code, run.seen]).toEqual([0, ['opened', 'committed', 'closed']]);
			return { run, db };
		})
	);
	const after = await withWarehouse(calibration[0]!.db, fingerprint);
	expect(after).not.toBe(before);
	expect(await withWarehouse(calibration[0]!.db, async (wh) => (await checkWarehouse(wh)).years)).toEqual(expectYears.after);
	expect(await withWarehouse(base, async (wh) => (await checkWarehouse(wh)).years)).toEqual(expectYears.before);
	// From "opened" to "closed" (the import, its commit, the checkpoint on close), and a little more.
	const span = Math.max(...calibration.map((c) => c.run.at.closed!)) * 1.1;

	// One random moment in each of n equal slices of the span, in random order.
	const moments = Array.from({ length: n }, (_, i) => ((i + rand()) / n) * span).sort(() => rand() - 0.5);
	const outcomes: string[] = [];
	let next = 0;
	await Promise.all(
		Array.from({ length: PARALLEL }, async () => {
			for (let k = next++; k < moments.length; k = next++) {
				const moment = moments[k]!;
				const db = copyWarehouse(base, join(work, `k${++files}.duckdb`));
				const run = await runImport(db, bundle, replace, moment);
				const where = `kill at ${moment.toFixed(0)} ms of ${span.toFixed(0)} (seed ${seed}, ${db}); the process said ${JSON.stringify(run.seen)}`;
				if (run.killedAt === undefined) expect(run.code, `${where}\n${run.err}`).toBe(0);
				else expect(run.signal, where).toBe('SIGKILL');

				// Opened as the site would (read-only: the WAL a kill left is replayed in memory) and
				// as the next import would (read-write: the WAL is folded into the file); the check
				// runs on the first of the two, alternately, the other must give the same state.
				const readOnlyFirst = k % 2 === 0;
				const seen = await withWarehouse(
					db,
					async (wh) => {
						expect((await checkWarehouse(wh)).problems, where).toEqual([]);
						return fingerprint(wh);
					},
					readOnlyFirst
				);
				expect(await withWarehouse(db, fingerprint, !readOnlyFirst), where).toBe(seen);
				const state = seen === before ? 'before' : seen === after ? 'after' : 'a mix';
				expect(['before', 'after'], `${where}: the warehouse is neither as before nor as after:\n${seen}\nbefore: ${before}\nafter:  ${after}`).toContain(state);
				if (run.seen.includes('committed') || run.killedAt === undefined) expect(state, `${where}: committed, then lost`).toBe('after');
				outcomes.push(`${moment.toFixed(0)}ms:${run.killedAt === undefined ? 'ended' : run.seen.at(-1)}→${state}`);
			}
		})
	);
	console.log(`${replace ? 'replace' : 'import'} ${bundle}: span ${span.toFixed(0)} ms; ${outcomes.sort((a, b) => parseInt(a) - parseInt(b)).join(', ')}`);
	// Kills must have struck the running import, or the test tested nothing (a loaded machine
	// stretches the import, so not all of them: the first slices always do).
	expect(outcomes.filter((o) => !o.includes('ended')).length).toBeGreaterThanOrEqual(Math.ceil(n / 4));
}

describe('an import killed at random moments', () => {
	it(`leaves the years held before, or those and the new one, never a mix (${KILLS_NEW} kills)`, async () => {
		await crashes(base1, join(bundles, '2002'), false, KILLS_NEW, { before: [2001], after: [2001, 2002] });
	});

	it(`leaves a replaced year exactly old or exactly new (${KILLS_REPLACE} kills of import --replace)`, async () => {
		await crashes(base2, replacementBundle(), true, KILLS_REPLACE, { before: [2001, 2002], after: [2001, 2002] });
	});
});
