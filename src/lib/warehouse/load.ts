// Writes a year's policy as tables with DuckDB's appender, on the import's connection and so in
// its transaction. (A bundle's own rows are written by SQL: src/lib/warehouse/ingest.ts.)
import type { DuckDBConnection } from '@duckdb/node-api';
import { numberText } from '../bundle/decimal.js';
import { USAGE_INTENTS } from '../bundle/tables.js';
import type { Policy } from '../policy/schema.js';
import { query } from './queries.js';

type Cell = string | number | boolean | null;

/** The tables that hold one year's policy, in the order they are loaded. */
export const POLICY_TABLES = [
	'policy_rules',
	'policy_groups',
	'policy_templates',
	'policy_items',
	'policy_veto_items',
	'policy_template_vetoes',
	'policy_aspects',
	'policy_reverse_aspects',
	'policy_quotas',
	'policy_reward_extra',
	'policy_rater_groups',
	'policy_team_bar'
] as const;

/** The tables that hold one year's input, in the order they are loaded. */
export const YEAR_TABLES = [
	...POLICY_TABLES,
	'units',
	'cadres',
	'target_scores',
	'vetoes',
	'team_ballots',
	'cadre_ballots',
	'team_reverse',
	'cadre_reverse',
	'pk_votes',
	'final_grades',
	'periodic_scores',
	'team_comments',
	'cadre_comments'
] as const;

/** Rows appended between two yields to the event loop: a site importing keeps answering. */
const YIELD_EVERY = 5000;

async function append(c: DuckDBConnection, table: string, rows: Iterable<Cell[]>): Promise<void> {
	const a = await c.createAppender(table);
	try {
		let n = 0;
		for (const row of rows) {
			if (++n % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
			for (const v of row) {
				if (v === null) a.appendNull();
				else if (typeof v === 'string') a.appendVarchar(v);
				else if (typeof v === 'boolean') a.appendBoolean(v);
				else if (Number.isInteger(v) && Math.abs(v) < 2 ** 31) a.appendInteger(v);
				else a.appendVarchar(numberText(v)); // DuckDB casts the text exactly into the column's type
			}
			a.endRow();
		}
		a.flushSync();
	} finally {
		a.closeSync();
	}
}

/** A policy number as exact decimal text (a DECIMAL column casts it without binary rounding). */
const dec = (n: number) => numberText(n);
const optional = (n: number | undefined) => (n === undefined ? null : dec(n));
/** A quota or size compared with a rank: beyond INTEGER's range it means the same as the largest
 * rank there can be, so it is stored as that (a valid policy may say 10^20). */
const rankBound = (n: number) => Math.min(n, 2 ** 31 - 1);

/** A row by column name: the names of queries/schema/tables.sql, in any order. */
type NamedRow = Record<string, Cell>;

function policyRows(year: number, p: Policy): Record<(typeof POLICY_TABLES)[number], NamedRow[]> {
	const d = p.democratic;
	return {
		policy_rules: [
			{
				year,
				policy_id: p.id,
				policy_name: p.name,
				qualified_min: dec(p.unit_grades.qualified_min),
				basic_min: dec(p.unit_grades.basic_min),
				f_good: dec(d.team_factors.good),
				f_fairly_good: dec(d.team_factors.fairly_good),
				f_average: dec(d.team_factors.average),
				f_poor: dec(d.team_factors.poor),
				f_excellent: dec(d.cadre_factors.excellent),
				f_competent: dec(d.cadre_factors.competent),
				f_basically_competent: dec(d.cadre_factors.basically_competent),
				f_incompetent: dec(d.cadre_factors.incompetent),
				band_top: dec(d.bands.top),
				band_second: dec(d.bands.second),
				band_third: dec(d.bands.third),
				principal_target_weight: dec(p.composite.principal_target_weight),
				member_target_weight: dec(p.composite.member_target_weight),
				pk_ratio: p.excellence.pk_ratio === null ? null : dec(p.excellence.pk_ratio),
				bottom_two_size: rankBound(p.bottom_two.size),
				flag_share: p.reverse ? dec(p.reverse.flag_share) : null,
				per_point_per_capita: dec(p.reward.per_point_per_capita),
				basic_rate: dec(p.reward.basic_rate),
				periodic_weight: optional(p.periodic?.weight),
				incompetent_share_min: optional(p.cadre_rules?.incompetent_share_min),
				excellent_share_max: optional(p.cadre_rules?.excellent_share_max),
				admonish_share_below: optional(p.cadre_rules?.admonish_share_below)
			}
		],
		policy_groups: p.groups.map((g) => ({ year, group_id: g.id, name: g.name, category: g.category, bottom_two_exempt: g.bottom_two_exempt })),
		policy_templates: p.templates.map((t) => ({ year, template_id: t.id, name: t.name })),
		policy_items: p.templates.flatMap((t) =>
			t.items.map((it, i) => ({ year, template_id: t.id, item_id: it.id, name: it.name, max: dec(it.max), position: i }))
		),
		policy_veto_items: p.veto_items.map((v) => ({ year, veto_id: v.id, name: v.name })),
		policy_template_vetoes: p.templates.flatMap((t) => [...new Set(t.vetoes)].map((v) => ({ year, template_id: t.id, veto_id: v }))),
		policy_aspects: [
			...d.team_aspects.map((a, i) => ({ year, subject: 'team', aspect_id: a.id, name: a.name, weight: dec(a.weight), position: i })),
			...d.cadre_aspects.map((a, i) => ({ year, subject: 'cadre', aspect_id: a.id, name: a.name, weight: dec(a.weight), position: i }))
		],
		policy_reverse_aspects: p.reverse
			? [
					...p.reverse.team_aspects.map((a, i) => ({ year, subject: 'team', aspect_id: a.id, name: a.name, kind: 'reverse', position: i })),
					...p.reverse.cadre_aspects.map((a, i) => ({ year, subject: 'cadre', aspect_id: a.id, name: a.name, kind: 'reverse', position: i })),
					...Object.entries(USAGE_INTENTS).map(([id, name], i) => ({
						year,
						subject: 'cadre',
						aspect_id: id,
						name,
						kind: 'usage',
						position: p.reverse!.cadre_aspects.length + i
					}))
				]
			: [],
		policy_quotas: Object.entries(p.excellence.quota).map(([category, q]) => ({ year, category, quota: rankBound(q ?? 0) })),
		policy_reward_extra: Object.entries(p.reward.extra).map(([grade, amount]) => ({ year, grade, amount: dec(amount) })),
		policy_rater_groups: (d.rater_groups ?? []).map((g, i) => ({ year, group_id: g.id, name: g.name, weight: dec(g.weight), position: i })),
		policy_team_bar: [...new Set(p.cadre_rules?.team_bands_bar_excellent ?? [])].map((band) => ({ year, band }))
	};
}

/**
 * Appends rows given by column name: each is put in the order the table has in the warehouse
 * (queries/import/table_columns.sql). A name the table lacks, or a column with no value, is a
 * mistake in this file against queries/schema/tables.sql, and throws before anything is appended.
 */
async function appendByName(c: DuckDBConnection, table: string, rows: NamedRow[]): Promise<void> {
	const columns = (await c.runAndReadAll(query('import/table_columns'), { table })).getRowObjectsJS().map((r) => String(r.column_name));
	const known = new Set(columns);
	const ordered = rows.map((row) => {
		for (const name of Object.keys(row)) if (!known.has(name)) throw new Error(`表 ${table} 没有列 ${name}（load.ts 与 queries/schema/tables.sql 不一致）`);
		return columns.map((name) => {
			if (!(name in row)) throw new Error(`表 ${table} 的列 ${name} 没有值（load.ts 与 queries/schema/tables.sql 不一致）`);
			return row[name] as Cell;
		});
	});
	await append(c, table, ordered);
}

/** Appends a year's policy rows. The year must hold no policy rows yet. */
export async function loadPolicy(c: DuckDBConnection, year: number, policy: Policy): Promise<void> {
	const rows = policyRows(year, policy);
	for (const table of POLICY_TABLES) await appendByName(c, table, rows[table]);
}
