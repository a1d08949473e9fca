// The unit dossier (单位档案) /units/<id>: every year of one unit in the warehouse (its group and
// category, target score and veto, team democratic score, composite score, rank in group and from
// the bottom, grade and PK result, bonus, the team's ballots and reverse evaluation, its leaders
// and the alerts concerning it), with a chart of its target score and rank over the years drawn
// on the server. The id is only ever a bound parameter; an unknown id is a 404. Every view is
// written to the audit log: the page shows its leaders' scores and grades.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { commentsOf, layerTables, unitPeriodic } from '$lib/server/second-edition';
import { chartMarkup } from '$lib/charts/render';
import { unitHistoryOptions } from '$lib/charts/unit-history';
import { translator } from '$lib/i18n';
import { notFound, presence, reverseTable, type ReverseRow } from '$lib/server/dossier';
import { cachedPage } from '$lib/server/page-cache';
import { audit } from '$lib/audit/log';
import { decisionsOf } from '$lib/server/use-decisions';
import type { QueryRow } from '$lib/warehouse/typed';
import { actionsConcerning } from '$lib/server/use-page';
import { marksByYear } from '$lib/server/quality-marks';

/** One row of queries/site/units/years.sql. */
export type UnitYearRow = QueryRow<'site/units/years'>;

/** One row of queries/site/units/vetoes.sql. */
export type VetoRow = QueryRow<'site/units/vetoes'>;

/** One row of queries/site/units/leaders.sql. */
export type LeaderRow = QueryRow<'site/units/leaders'>;

/** One row of queries/site/units/alerts.sql. */
export type UnitAlertRow = QueryRow<'site/units/alerts'>;

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
		const rows = await wh.rows('site/units/years', { unit });
		if (rows.length === 0) notFound('单位', unit);

		const [yearRows, vetoes, reverse, leaders, alerts, layers, periodic, comments] = await Promise.all([
			wh.rows('site/years'),
			wh.rows('site/units/vetoes', { unit }),
			wh.rows('site/dossier/reverse', { subject: 'team', id: unit }),
			wh.rows('site/units/leaders', { unit }),
			wh.rows('site/units/alerts', { unit }),
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
			marksByYear(wh, 'team', unit),
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
