// Checks a bundle read from disk (read.ts) against CONTRACT.md: its year and policy here, its
// tables inside DuckDB (src/lib/warehouse/ingest.ts), in a staging file of the warehouse's own
// schema that the importer then copies (src/lib/warehouse/staging.ts). Whether a PK vote names a
// PK candidate needs the rules, so the importer checks it after computing them. All problems are
// collected, so one run reports them all.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePolicy } from './policy-source.js';
import { BundleRejected, ProblemList } from './problems.js';
import { disposeRaw, type RawBundle } from './raw.js';
import type { Bundle } from './bundle.js';
import { Warehouse } from '../warehouse/db.js';
import { ingest } from '../warehouse/ingest.js';
import { loadPolicy } from '../warehouse/load.js';

const WHOLE = /^\d+$/;

function checkYear(raw: RawBundle, problems: ProblemList): number | undefined {
	const y = raw.manifest.year;
	const text = typeof y === 'number' ? String(y) : typeof y === 'string' ? y.trim() : '';
	if (!WHOLE.test(text) || !Number.isSafeInteger(Number(text))) {
		problems.add({ file: raw.manifestFile, column: 'year', message: `年度应为整数，而不是 ${JSON.stringify(y ?? null)}` });
		return undefined;
	}
	return Number(text);
}

export interface ValidateOptions {
	policyDir?: string;
	/** Where to write the staging file (default: a new temporary folder). */
	stagingFile?: string;
}

/** A bundle's year and policy, checked before its tables (which need them), or BundleRejected. */
export async function checkHead(raw: RawBundle, options: Pick<ValidateOptions, 'policyDir'> = {}): Promise<Pick<Bundle, 'year' | 'policy' | 'policySource' | 'checksum'>> {
	const problems = new ProblemList();
	const year = checkYear(raw, problems);
	const resolved = await resolvePolicy(raw, options.policyDir);
	resolved.problems.forEach((p) => problems.add(p));
	const policy = resolved.policy;
	if (!policy || year === undefined || problems.size) throw new BundleRejected(problems.items, problems.dropped);
	return { year, policy, policySource: resolved.source!, checksum: raw.checksum };
}

/**
 * Checks a raw bundle and stages its rows in a staging file (for the site's import, whose child
 * process cannot write the warehouse); returns the bundle or throws BundleRejected with every
 * problem (at most MAX_PROBLEMS). What reading wrote is removed either way.
 */
export async function validateBundle(raw: RawBundle, options: ValidateOptions = {}): Promise<Bundle> {
	try {
		const head = await checkHead(raw, options);
		const { year, policy } = head;

		const dir = options.stagingFile ? undefined : await mkdtemp(join(tmpdir(), 'kaohe-staged-'));
		const staged = options.stagingFile ?? join(dir!, 'staging.duckdb');
		try {
			const wh = await Warehouse.open(staged, { tablesOnly: true });
			try {
				const done = await wh.transaction(async (c) => {
					await loadPolicy(c, year, policy);
					const checked = await ingest(c, raw, policy);
					return { pkVotes: checked.pkVotes, warnings: checked.warnings, counts: await checked.write(year) };
				});
				const rows = Object.values(done.counts).reduce((a, b) => a + b, 0);
				return { ...head, staged, stagedDir: dir, rows, ...done };
			} finally {
				wh.close();
			}
		} catch (e) {
			await rm(dir ?? staged, { recursive: true, force: true });
			throw e;
		}
	} finally {
		await disposeRaw(raw);
	}
}
