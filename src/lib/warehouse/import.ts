// Imports a year bundle in one transaction: a failure anywhere leaves the warehouse as it was. A
// year already there is refused unless `replace`, which swaps it in the same transaction. The rows
// come checked straight from the bundle's files (importRaw) or from a staging file (staging.ts).
import type { Bundle } from '../bundle/bundle.js';
import { BundleRejected, type Problem } from '../bundle/problems.js';
import { disposeRaw, type RawBundle } from '../bundle/raw.js';
import { checkHead, type ValidateOptions } from '../bundle/validate.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Warehouse } from './db.js';
import { ingest } from './ingest.js';
import { loadPolicy } from './load.js';
import { query } from './queries.js';
import { RULES, derive, setScope } from './recompute.js';

export interface ImportResult {
	year: number;
	replaced: boolean;
	rows: number;
	/** rows written by year table */
	counts: Record<string, number>;
	/** the policy's id and the bundle's checksum, for the audit log */
	policy: string;
	checksum: string;
	/** Non-fatal notes of the check (ignored columns), for stderr. */
	warnings: string[];
}

/** Where an import is, for a progress display: `done` of `total` steps. */
export interface ImportProgress {
	step: string;
	done: number;
	total: number;
}

export interface ImportOptions {
	replace?: boolean;
	onProgress?: (p: ImportProgress) => void;
}

/** What an import needs of a bundle before its rows: the year, its policy, its checksum. */
export type YearHead = Pick<Bundle, 'year' | 'policy' | 'policySource' | 'checksum'>;

/** What writing a year's rows tells the rest of the import. */
export type Written = Pick<Bundle, 'rows' | 'counts' | 'pkVotes' | 'warnings'>;

/** A checked, staged bundle as the site's import passes it on: its head and what was written. */
export type YearInput = YearHead & Written;

export function yearInput(bundle: Bundle): YearInput {
	const { year, policy, policySource, checksum, pkVotes, rows, counts, warnings } = bundle;
	return { year, policy, policySource, checksum, pkVotes, rows, counts, warnings };
}

/**
 * Checks and imports a bundle read from disk on `c`, in its transaction: the rows are read and
 * checked inside DuckDB (ingest.ts) straight into the year tables, no staging file (the command
 * line and the tests; the site stages in a child process, staging.ts). `raw` is disposed of.
 */
export async function importRaw(c: DuckDBConnection, raw: RawBundle, options: ImportOptions & Pick<ValidateOptions, 'policyDir'> = {}): Promise<ImportResult> {
	try {
		const head = await checkHead(raw, options);
		const checked = await ingest(c, raw, head.policy);
		return await importYear(
			c,
			head,
			async () => {
				await loadPolicy(c, head.year, head.policy);
				const counts = await checked.write(head.year);
				return { pkVotes: checked.pkVotes, warnings: checked.warnings, counts, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
			},
			options
		);
	} finally {
		await disposeRaw(raw);
	}
}

/** importRaw in a transaction of its own. */
export function importRawInto(wh: Warehouse, raw: RawBundle, options: ImportOptions & Pick<ValidateOptions, 'policyDir'> = {}): Promise<ImportResult> {
	return wh.transaction((c) => importRaw(c, raw, options));
}

/**
 * Everything of an import but writing the year's rows, which `write` does on `c` (checked
 * straight in, importRaw, or copied from a staging file, staging.ts), saying what it wrote.
 */
export async function importYear(c: DuckDBConnection, input: YearHead, write: () => Promise<Written>, options: ImportOptions = {}): Promise<ImportResult> {
	const year = input.year;
	// Steps: remove the old year, load the rows, each rule, the marks of 评议质量, the final check.
	const total = RULES.length + 4;
	const progress = (done: number, step: string) => options.onProgress?.({ step, done, total });
	const existing = (await c.runAndReadAll(query('import/year_held'), { year })).getRowObjectsJS();
	const replaced = Number(existing[0]?.n ?? 0) > 0;
	if (replaced && !options.replace)
		throw new BundleRejected([{ file: 'bundle.json', column: 'year', message: `${year} 年度已在数据仓库中；要替换请加 --replace` }]);
	if (replaced) {
		progress(0, '删除旧数据');
		await setScope(c, [year]);
		await c.run(query('import/delete_years'));
	}
	await c.run(
		'INSERT INTO years (year, policy_id, policy_json, policy_source, checksum) VALUES ($year, $id, $json, $source, $checksum)',
		{ year, id: input.policy.id, json: JSON.stringify(input.policy), source: input.policySource, checksum: input.checksum }
	);
	progress(1, '写入数据');
	const written = await write();
	await derive(c, [year], (i, step) => progress(2 + i, `计算 ${step}`));
	progress(total - 1, '检查同台PK票决');

	const notCandidates = (await c.runAndReadAll(query('checks/pk_votes_not_candidates'), { year })).getRowObjectsJS();
	if (notCandidates.length) {
		const problems: Problem[] = notCandidates.map((r) => {
			const vote = written.pkVotes.find((v) => v.unit_id === r.unit_id)!;
			return { file: vote.file, line: vote.line, column: 'unit_id', message: `单位 ${vote.unit_id} 不是特优候选单位，不能参加同台PK票决` };
		});
		throw new BundleRejected(problems);
	}
	return { year, replaced, rows: written.rows, counts: written.counts, policy: input.policy.id, checksum: input.checksum, warnings: written.warnings };
}
