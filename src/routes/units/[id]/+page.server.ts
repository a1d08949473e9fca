// The unit dossier (单位档案) /units/<id>: every year of one unit in the warehouse (its group and
// category, target score and veto, team democratic score, composite score, rank in group and from
// the bottom, grade and PK result, bonus, the team's ballots and reverse evaluation, its leaders
// and the alerts concerning it), with a chart of its target score and rank over the years drawn
// on the server. The id is only ever a bound parameter; an unknown id is a 404. Every view is
// written to the audit log: the page shows its leaders' scores and grades.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { commentsOf, layerTables, unitPeriodic } from '$lib/server/second-edition';
import { query } from '$lib/warehouse/queries';
import { chartMarkup } from '$lib/charts/render';
import { unitHistoryOptions } from '$lib/charts/unit-history';
import { translator } from '$lib/i18n';
import { notFound, presence, reverseTable, type ReverseRow } from '$lib/server/dossier';
import { cachedPage } from '$lib/server/page-cache';
import { audit } from '$lib/audit/log';
import { decisionsOf } from '$lib/server/use-decisions';
import { actionsConcerning } from '$lib/server/use-page';
import { marksByYear } from '$lib/server/quality-marks';
import { markKey } from '$lib/quality/marks';

/** One row of queries/site/unit_years.sql. */
export interface UnitYearRow {
	year: number;
	unit_id: string;
	name: string;
	category: string;
	group_id: string;
	group_name: string;
	template: string;
	template_name: string | null;
	staff: number;
	target_score: number;
	vetoed: boolean;
	veto_items: string | null;
	democratic_score: number | null;
	team_band: string | null;
	composite_score: number | null;
	rank_in_group: number;
	group_size: number;
	bottom_rank: number | null;
	in_bottom_two: boolean;
	pool_size: number;
	grade: string;
	pk_candidate: boolean;
	pk_awaiting: boolean;
	pk_votes: number | null;
	reward_rate: number | null;
	base_bonus: number | null;
	extra_bonus: number | null;
	total_bonus: number | null;
	per_capita: number | null;
	ballots_good: number | null;
	ballots_fairly_good: number | null;
	ballots_average: number | null;
	ballots_poor: number | null;
	unanimous: boolean | null;
}

/** One row of queries/site/unit_vetoes.sql. */
export interface VetoRow {
	year: number;
	item_id: string;
	item_name: string;
	reason: string;
}

/** One row of queries/site/unit_leaders.sql. */
export interface LeaderRow {
	year: number;
	cadre_id: string;
	name: string;
	role: string;
	principal: boolean;
	democratic_score: number;
	composite_score: number;
	grade: string;
}

/** One row of queries/site/unit_alerts.sql. */
export interface UnitAlertRow {
	year: number;
	kind: string;
	cadre_id: string | null;
	cadre_name: string | null;
	cadre_role: string | null;
}

/** A year of the warehouse on the page: the unit's row, or null when it was not assessed; new when the year before did not have it. */
export interface UnitYear {
	year: number;
	row: UnitYearRow | null;
	isNew: boolean;
}

const unitDossier = (event: Parameters<PageServerLoad>[0]) =>
	cachedPage(event, async ({ params, locals }) => {
		const unit = params.id;
		if (unit.length > 100) notFound('单位', unit);
		const wh = await siteWarehouse();
		const rows = await wh.all<UnitYearRow>(query('site/unit_years'), { unit });
		if (rows.length === 0) notFound('单位', unit);

		const [yearRows, vetoes, reverse, leaders, alerts, layers, periodic, comments] = await Promise.all([
			wh.all<{ year: number }>(query('site/years')),
			wh.all<VetoRow>(query('site/unit_vetoes'), { unit }),
			wh.all<ReverseRow>(query('site/unit_reverse'), { unit }),
			wh.all<LeaderRow>(query('site/unit_leaders'), { unit }),
			wh.all<UnitAlertRow>(query('site/unit_alerts'), { unit }),
			layerTables(wh, 'team', unit),
			unitPeriodic(wh, unit),
			commentsOf(wh, 'team', unit)
		]);
		const years = yearRows.map((y) => y.year);
		const byYear = new Map(rows.map((r) => [r.year, r]));
		const t = translator(locals.lang);
		const latest = rows.at(-1)!;
		// First on the page: 评议质量's marks beside each year's result, and the latest year's
		// personnel actions of 结果运用 concerning the unit's team and cadres.
		const [marks, useActions] = await Promise.all([
			marksByYear(wh, rows.map((r) => ({ year: r.year, unit })), markKey('team', unit)),
			actionsConcerning(wh, latest.year, (r) => r.unit_id === unit)
		]);
		return {
			unit_id: latest.unit_id,
			name: latest.name,
			latest,
			/** Other names the unit had in earlier years. */
			formerNames: [...new Set(rows.map((r) => r.name))].filter((n) => n !== latest.name),
			years,
			latestYear: years.at(-1) ?? latest.year,
			timeline: presence(rows.map((r) => r.year), years).map((y): UnitYear => ({ year: y.year, row: byYear.get(y.year) ?? null, isNew: y.isNew })),
			rows: [...rows].reverse(),
			vetoes,
			reverse: reverseTable(reverse),
			leaders,
			alerts,
			// second edition: the team's scores by rater group, the periodic scores, comments
			layers,
			periodic,
			comments,
			chart: chartMarkup(unitHistoryOptions(rows, years, t)),
			marks,
			useActions
		};
	});

export const load: PageServerLoad = async (event) => {
	const data = await unitDossier(event);
	// Cadres' scores and grades are personnel records: each view is kept, as for a cadre's dossier.
	audit({ actor: event.locals.user!.name, action: 'view_unit', target: data.unit_id, ip: event.getClientAddress() });
	return { ...data, useDecisions: decisionsOf('team', data.unit_id) }; // site state: read afresh, not cached
};
