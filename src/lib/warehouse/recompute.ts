// Recomputes what the rules derive, for the imported years only: each rule file of
// queries/rules/ replaces its rows for scope_years; alerts also for the year after each,
// since a year's alerts look back one year.
import type { DuckDBConnection } from '@duckdb/node-api';
import { query } from './queries.js';
import { storeQualityMarks } from './quality-marks.js';

/** The rule files in dependency order (each reads what the ones before it wrote). */
export const RULES = [
	'target_score',
	'democratic_score',
	'composite_score',
	'cadre_grade',
	'unit_grade',
	'rank_in_group',
	'bottom_two',
	'rewards',
	'satisfaction',
	'reverse_shares',
	'training_needs',
	'comments',
	'alerts'
] as const;

export async function setScope(c: DuckDBConnection, years: number[]): Promise<void> {
	await c.run(query('import/scope'));
	for (const year of years) await c.run(query('import/scope_year'), { year });
	await c.run(query('import/alert_years'));
}

/** Runs every rule for `years`; `onRule(i, rule)` before each, for a progress display. */
export async function recompute(c: DuckDBConnection, years: number[], onRule?: (i: number, rule: string) => void): Promise<void> {
	await setScope(c, years);
	for (const [i, rule] of RULES.entries()) {
		onRule?.(i, rule);
		await c.run(query(`rules/${rule}`));
	}
}

/**
 * Everything derived for `years`: the rules, then the marks of 评议质量 they lead to
 * (quality_marks), for an import, a migration and the check. The what-if and a changed final
 * grade run the rules alone: no mark reads what they change.
 */
export async function derive(c: DuckDBConnection, years: number[], onStep?: (i: number, step: string) => void): Promise<void> {
	await recompute(c, years, onStep);
	onStep?.(RULES.length, 'quality_marks');
	await storeQualityMarks(c);
}
