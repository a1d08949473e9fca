// What-if for the whole policy (整体政策假设测算): one year recomputed by the rules themselves
// (queries/rules/*) under an edited policy, in a transaction that is rolled back, and compared
// with the stored results unit by unit and cadre by cadre. The edited policy is loaded by the
// import's own policy loader into temporary tables that shadow the stored policy (shadow.ts), so
// nothing stored changes and the same code runs on a read-only warehouse.
import { performance } from 'node:perf_hooks';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Policy } from '../policy/schema.js';
import { validatePolicy, type PolicyProblem } from '../policy/validate.js';
import { derivedTables } from './check.js';
import { Warehouse } from './db.js';
import { loadPolicy, POLICY_TABLES, YEAR_TABLES } from './load.js';
import { query } from './queries.js';
import { recompute } from './recompute.js';
import { ident, inShadow } from './shadow.js';

/** One row of queries/whatif/units.sql. */
export interface UnitChange {
	unit_id: string;
	name: string;
	group_name: string | null;
	grade_before: string | null;
	grade_after: string | null;
	bottom_two_before: boolean | null;
	bottom_two_after: boolean | null;
	bonus_before: string | null;
	bonus_after: string | null;
	bonus_known: boolean;
	bonus_change: string | null;
}

/** One row of queries/whatif/cadres.sql. */
export interface CadreChange {
	cadre_id: string;
	name: string;
	unit_id: string;
	unit_name: string;
	role: string;
	grade_before: string | null;
	grade_after: string | null;
	limited_before: string | null;
	limited_after: string | null;
}

/** One row of queries/whatif/alerts.sql. */
export interface AlertChange {
	side: 'added' | 'removed';
	year: number;
	kind: string;
	unit_id: string;
	unit_name: string | null;
	cadre_id: string | null;
	cadre_name: string | null;
}

/** How many rows changed, per kind of change. */
export interface ChangeCounts {
	unitGrades: number;
	outstanding: number;
	bottomTwo: number;
	bonuses: number;
	cadreGrades: number;
	alertsAdded: number;
	alertsRemoved: number;
}

export interface WhatIfResult {
	units: UnitChange[];
	cadres: CadreChange[];
	alerts: AlertChange[];
	counts: ChangeCounts;
	/** Milliseconds from the start of the transaction to the end of the comparison. */
	ms: number;
}

export type Checked = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** The ids a bundle's rows refer to: an edit may change any parameter, but not these. */
function shapeOf(p: Policy): Record<string, string[]> {
	const ids = (list: { id: string }[]) => list.map((x) => x.id);
	return {
		groups: p.groups.map((g) => `${g.id}:${g.category}`),
		templates: p.templates.map((t) => `${t.id}:${t.items.map((i) => i.id).join(',')}`),
		veto_items: ids(p.veto_items),
		'democratic.team_aspects': ids(p.democratic.team_aspects),
		'democratic.cadre_aspects': ids(p.democratic.cadre_aspects),
		'democratic.rater_groups': ids(p.democratic.rater_groups ?? []),
		'reverse.team_aspects': ids(p.reverse?.team_aspects ?? []),
		'reverse.cadre_aspects': ids(p.reverse?.cadre_aspects ?? [])
	};
}

/**
 * The project's policy validation, and that the edit keeps the stored policy's groups, templates,
 * items and aspects (the year's rows refer to them). Each problem names its field.
 */
export function checkEdit(value: unknown, stored: Policy): Checked {
	const v = validatePolicy(value);
	if (!v.ok) return v;
	const want = shapeOf(stored);
	const got = shapeOf(v.policy);
	const problems: PolicyProblem[] = [];
	for (const field of Object.keys(want))
		if (want[field]!.join('|') !== got[field]!.join('|'))
			problems.push({ field, message: '假设测算只改参数：编号、类别和项目须与该年度的考核办法相同（年度数据引用它们）' });
	return problems.length ? { ok: false, problems } : v;
}

const count = (xs: unknown[]) => xs.length;

async function rows<T>(c: DuckDBConnection, name: string, year: number): Promise<T[]> {
	return (await c.runAndReadAll(query(name), { year })).getRowObjectsJS() as unknown as T[];
}

/**
 * Recomputes `year` under `policy` (already checked) and returns what would change. On a
 * read-only warehouse DuckDB refuses the loader's appender even into temporary tables, so there
 * the what-if runs on an in-memory copy of the year and its neighbours.
 */
export async function whatIf(wh: Warehouse, year: number, policy: Policy): Promise<WhatIfResult> {
	if (!wh.readOnly) return whatIfIn(wh, year, policy);
	const copy = await memoryCopy(wh, year);
	try {
		return await whatIfIn(copy, year, policy);
	} finally {
		copy.close();
	}
}

/**
 * A new in-memory warehouse holding the rows of `year` of every year table of `wh`, and of the
 * years around it for the tables a what-if reads there (NEIGHBOURS).
 */
async function memoryCopy(wh: Warehouse, year: number): Promise<Warehouse> {
	const mem = await Warehouse.open(':memory:');
	const c = await mem.connect();
	try {
		// ATTACH takes no bound parameter: the path is the site's own setting, quoted as a literal.
		await c.run(`ATTACH '${wh.path.replaceAll("'", "''")}' AS kaohe_source (READ_ONLY)`);
		for (const t of ['years', ...YEAR_TABLES, ...(await derivedTables())])
			await c.run(
				`INSERT INTO ${ident(t)} BY NAME SELECT * FROM kaohe_source.main.${ident(t)} WHERE year = $year OR ($around AND year BETWEEN $year - 1 AND $year + 1)`,
				{ year, around: t === 'years' || NEIGHBOURS.includes(t) }
			);
		await c.run('DETACH kaohe_source');
	} catch (e) {
		mem.close();
		throw e;
	} finally {
		c.closeSync();
	}
	return mem;
}

/**
 * The tables of which a what-if reads the years before and after its year: only the alerts rule
 * (queries/rules/alerts.sql) looks at another year — the year's alerts at the bottom two and
 * grades of the year before, and those of the year after at the year itself, with the year
 * after's policy, units and cadres — and queries/whatif/alerts.sql compares the alerts of the
 * year after. Every other rule and query reads the year alone, which the rules write afresh, so
 * the other shadows start empty and the read-only copy holds their year only.
 */
const NEIGHBOURS: readonly string[] = ['unit_bottom_rank', 'cadre_grade', 'policy_rules', 'alerts', 'units', 'cadres'];

async function whatIfIn(wh: Warehouse, year: number, policy: Policy): Promise<WhatIfResult> {
	const tables = [...POLICY_TABLES, ...(await derivedTables())];
	const start = performance.now();
	return inShadow(wh, tables, { from: year - 1, to: year + 1, except: year, tables: NEIGHBOURS }, async (c) => {
		await loadPolicy(c, year, policy);
		await recompute(c, [year]);
		const units = await rows<UnitChange>(c, 'whatif/units', year);
		const cadres = await rows<CadreChange>(c, 'whatif/cadres', year);
		const alerts = await rows<AlertChange>(c, 'whatif/alerts', year);
		const counts: ChangeCounts = {
			unitGrades: count(units.filter((u) => u.grade_before !== u.grade_after)),
			outstanding: count(units.filter((u) => (u.grade_before === 'outstanding') !== (u.grade_after === 'outstanding'))),
			bottomTwo: count(units.filter((u) => u.bottom_two_before !== u.bottom_two_after)),
			bonuses: count(units.filter((u) => u.bonus_before !== u.bonus_after)),
			cadreGrades: cadres.length,
			alertsAdded: count(alerts.filter((a) => a.side === 'added')),
			alertsRemoved: count(alerts.filter((a) => a.side === 'removed'))
		};
		return { units, cadres, alerts, counts, ms: Math.round(performance.now() - start) };
	});
}
