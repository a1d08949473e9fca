// Imports one checked year bundle in one transaction: a failure anywhere leaves the warehouse as
// it was. A year already there is refused unless `replace`, which swaps it in the same transaction.
import type { Bundle } from '../bundle/bundle.js';
import { BundleRejected, type Problem } from '../bundle/problems.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Warehouse } from './db.js';
import { loadBundle } from './load.js';
import { query } from './queries.js';
import { RULES, derive, setScope } from './recompute.js';

export interface ImportResult {
	year: number;
	replaced: boolean;
	rows: number;
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

/** What an import needs of a bundle besides its rows: the year, its policy, what to report. */
export type YearInput = Pick<Bundle, 'year' | 'policy' | 'policySource' | 'checksum' | 'pkVotes'> & { rows: number };

export function yearInput(bundle: Bundle): YearInput {
	const rows =
		bundle.units.length +
		bundle.cadres.length +
		bundle.targetScores.length +
		bundle.vetoes.length +
		bundle.teamBallots.length +
		bundle.cadreBallots.length +
		bundle.teamReverse.length +
		bundle.cadreReverse.length +
		bundle.pkVotes.length +
		bundle.finalGrades.length +
		bundle.periodicScores.length +
		bundle.teamComments.length +
		bundle.cadreComments.length;
	const { year, policy, policySource, checksum, pkVotes } = bundle;
	return { year, policy, policySource, checksum, pkVotes, rows };
}

export async function importBundle(wh: Warehouse, bundle: Bundle, options: ImportOptions = {}): Promise<ImportResult> {
	return wh.transaction((c) => importBundleOn(c, bundle, options));
}

/** The import of one bundle on a connection inside a transaction (the caller's: several bundles may share one). */
export function importBundleOn(c: DuckDBConnection, bundle: Bundle, options: ImportOptions = {}): Promise<ImportResult> {
	return importYear(c, yearInput(bundle), () => loadBundle(c, bundle), options);
}

/**
 * Everything of an import but writing the year's rows, which `write` does on `c` (from a Bundle
 * in memory, or from a staging file: src/lib/warehouse/staging.ts).
 */
export async function importYear(c: DuckDBConnection, input: YearInput, write: () => Promise<void>, options: ImportOptions = {}): Promise<ImportResult> {
	const year = input.year;
	// Steps: remove the old year, load the rows, each rule, the marks of 评议质量, the final check.
	const total = RULES.length + 4;
	const progress = (done: number, step: string) => options.onProgress?.({ step, done, total });
	const existing = (await c.runAndReadAll('SELECT count(*)::INTEGER AS n FROM years WHERE year = $year', { year })).getRowObjectsJS();
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
	await write();
	await derive(c, [year], (i, step) => progress(2 + i, `计算 ${step}`));
	progress(total - 1, '检查同台PK票决');

	const notCandidates = (await c.runAndReadAll(query('checks/pk_votes_not_candidates'), { year })).getRowObjectsJS();
	if (notCandidates.length) {
		const problems: Problem[] = notCandidates.map((r) => {
			const vote = input.pkVotes.find((v) => v.unit_id === r.unit_id)!;
			return { file: vote.file, line: vote.line, column: 'unit_id', message: `单位 ${vote.unit_id} 不是特优候选单位，不能参加同台PK票决` };
		});
		throw new BundleRejected(problems);
	}
	return { year, replaced, rows: input.rows };
}
