// Writes a year's policy as tables with DuckDB's appender, on the import's connection and so in
// its transaction. (A bundle's own rows are written by SQL: src/lib/warehouse/ingest.ts.)
import type { DuckDBConnection } from '@duckdb/node-api';
import { numberText } from '../bundle/decimal.js';
import { USAGE_INTENTS } from '../bundle/tables.js';
import type { Policy } from '../policy/schema.js';

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

function policyRows(year: number, p: Policy): Record<(typeof POLICY_TABLES)[number], Cell[][]> {
	const d = p.democratic;
	return {
		policy_rules: [
			[
				year,
				p.id,
				p.name,
				dec(p.unit_grades.qualified_min),
				dec(p.unit_grades.basic_min),
				dec(d.team_factors.good),
				dec(d.team_factors.fairly_good),
				dec(d.team_factors.average),
				dec(d.team_factors.poor),
				dec(d.cadre_factors.excellent),
				dec(d.cadre_factors.competent),
				dec(d.cadre_factors.basically_competent),
				dec(d.cadre_factors.incompetent),
				dec(d.bands.top),
				dec(d.bands.second),
				dec(d.bands.third),
				dec(p.composite.principal_target_weight),
				dec(p.composite.member_target_weight),
				p.excellence.pk_ratio === null ? null : dec(p.excellence.pk_ratio),
				rankBound(p.bottom_two.size),
				p.reverse ? dec(p.reverse.flag_share) : null,
				dec(p.reward.per_point_per_capita),
				dec(p.reward.basic_rate),
				optional(p.periodic?.weight),
				optional(p.cadre_rules?.incompetent_share_min),
				optional(p.cadre_rules?.excellent_share_max),
				optional(p.cadre_rules?.admonish_share_below)
			]
		],
		policy_groups: p.groups.map((g) => [year, g.id, g.name, g.category, g.bottom_two_exempt]),
		policy_templates: p.templates.map((t) => [year, t.id, t.name]),
		policy_items: p.templates.flatMap((t) => t.items.map((it, i) => [year, t.id, it.id, it.name, dec(it.max), i])),
		policy_veto_items: p.veto_items.map((v) => [year, v.id, v.name]),
		policy_template_vetoes: p.templates.flatMap((t) => [...new Set(t.vetoes)].map((v) => [year, t.id, v])),
		policy_aspects: [
			...d.team_aspects.map((a, i) => [year, 'team', a.id, a.name, dec(a.weight), i]),
			...d.cadre_aspects.map((a, i) => [year, 'cadre', a.id, a.name, dec(a.weight), i])
		],
		policy_reverse_aspects: p.reverse
			? [
					...p.reverse.team_aspects.map((a, i) => [year, 'team', a.id, a.name, 'reverse', i]),
					...p.reverse.cadre_aspects.map((a, i) => [year, 'cadre', a.id, a.name, 'reverse', i]),
					...Object.entries(USAGE_INTENTS).map(([id, name], i) => [
						year,
						'cadre',
						id,
						name,
						'usage',
						p.reverse!.cadre_aspects.length + i
					])
				]
			: [],
		policy_quotas: Object.entries(p.excellence.quota).map(([cat, q]) => [year, cat, rankBound(q ?? 0)]),
		policy_reward_extra: Object.entries(p.reward.extra).map(([g, amount]) => [year, g, dec(amount)]),
		policy_rater_groups: (d.rater_groups ?? []).map((g, i) => [year, g.id, g.name, dec(g.weight), i]),
		policy_team_bar: [...new Set(p.cadre_rules?.team_bands_bar_excellent ?? [])].map((band) => [year, band])
	};
}

/** Appends a year's policy rows. The year must hold no policy rows yet. */
export async function loadPolicy(c: DuckDBConnection, year: number, policy: Policy): Promise<void> {
	const rows = policyRows(year, policy);
	for (const table of POLICY_TABLES) await append(c, table, rows[table]);
}
