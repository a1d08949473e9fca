// The cadre dossier (干部考察档案) /cadres/<id>: every year of one cadre in the warehouse (the unit
// and post held, the democratic ballots and score, the composite score and grade, the usage
// intents and reverse evaluation of the cadre, and the alerts naming the cadre), with a chart of
// the composite score and grade over the years drawn on the server. The id is only ever a bound
// parameter; an unknown id is a 404. Every view is written to the audit log.
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chartMarkup } from '$lib/charts/render';
import { cadreHistoryOptions } from '$lib/charts/cadre-history';
import { translator } from '$lib/i18n';
import { audit } from '$lib/audit/log';
import { decisionsOf } from '$lib/server/use-decisions';
import { actionsConcerning } from '$lib/server/use-page';
import { marksByYear } from '$lib/server/quality-marks';
import { cachedPage, warehouseChanged } from '$lib/server/page-cache';
import { READ_ONLY } from '$lib/server/site-warehouse';
import { CADRE_GRADE_ORDER } from '$lib/labels';
import { NoSuchCadreYear, setFinalGrade } from '$lib/warehouse/final-grade';
import { notFound, presence, reverseTable, yearRuns, type ReverseRow } from '$lib/server/dossier';
import { cadreLimits, cadreTraining, commentsOf, layerTables } from '$lib/server/second-edition';
import type { QueryRow } from '$lib/warehouse/typed';

/** One row of queries/site/cadres/years.sql. */
export type CadreYearRow = QueryRow<'site/cadres/years'>;

/** One row of queries/site/cadres/alerts.sql. */
export type CadreAlertRow = QueryRow<'site/cadres/alerts'>;

/** A year of the warehouse on the page: the cadre's row, or null when the warehouse does not hold the cadre that year. */
export interface CadreYear {
	year: number;
	row: CadreYearRow | null;
	isNew: boolean;
}

export const load: PageServerLoad = async (event) => {
	const data = await cachedPage(event, dossier);
	// A personnel record: who looked at whose dossier is kept (issue #5), cached page or not.
	audit({ actor: event.locals.user!.name, action: 'view_cadre', target: data.cadre_id, ip: event.getClientAddress() });
	return { ...data, useDecisions: decisionsOf('cadre', data.cadre_id) }; // site state: read afresh, not cached
};

async function dossier({ params, locals }: { params: { id: string }; locals: App.Locals }) {
	const cadre = params.id;
	if (cadre.length > 100) notFound('干部', cadre);
	const wh = await siteWarehouse();
	const rows = await wh.rows('site/cadres/years', { cadre });
	if (rows.length === 0) notFound('干部', cadre);

	const t = translator(locals.lang);
	const [yearRows, reverse, alerts, layers, comments, limits, training] = await Promise.all([
		wh.rows('site/years'),
		wh.rows('site/dossier/reverse', { subject: 'cadre', id: cadre }),
		wh.rows('site/cadres/alerts', { cadre }),
		layerTables(wh, 'cadre', cadre),
		commentsOf(wh, 'cadre', cadre),
		cadreLimits(wh, cadre, t),
		cadreTraining(wh, cadre)
	]);
	const years = yearRows.map((y) => y.year);
	const byYear = new Map(rows.map((r) => [r.year, r]));
	const latest = rows.at(-1)!;
	// First on the page: 评议质量's marks beside each year's result, and the latest year's
	// personnel actions of 结果运用 concerning the cadre.
	const [marks, useActions] = await Promise.all([
		marksByYear(wh, 'cadre', cadre),
		actionsConcerning(wh, latest.year, (r) => r.cadre_id === cadre)
	]);
	return {
		cadre_id: latest.cadre_id,
		name: latest.name,
		latest,
		formerNames: [...new Set(rows.map((r) => r.name))].filter((n) => n !== latest.name),
		years,
		/** The years the cadre was assessed, as runs (2001—2004、2007). */
		yearsText: yearRuns(rows.map((r) => r.year)),
		latestYear: years.at(-1) ?? latest.year,
		timeline: presence(rows.map((r) => r.year), years).map((y): CadreYear => ({ year: y.year, row: byYear.get(y.year) ?? null, isNew: y.isNew })),
		rows: [...rows].reverse(),
		reverse: reverseTable(reverse),
		alerts,
		// second edition: scores by rater group, the limits on the grade, training needs, comments
		layers,
		limits: limits.filter((l) => l.rules !== null),
		training,
		comments,
		chart: chartMarkup(cadreHistoryOptions(rows, t)),
		marks,
		useActions
	};
}

/** An analyst sets or clears the final grade of one year, with the reason (audit log). */
export const actions: Actions = {
	grade: async ({ request, params, locals, getClientAddress }) => {
		if (READ_ONLY) return fail(409, { problem: '本网站以只读方式打开数据仓库（KAOHE_READONLY=1），不能更改。' });
		const form = await request.formData();
		const year = Number(form.get('year'));
		const grade = String(form.get('grade') ?? '');
		const reason = String(form.get('reason') ?? '').trim();
		if (!Number.isInteger(year)) return fail(400, { problem: '请选择年度。' });
		if (grade !== '' && !(CADRE_GRADE_ORDER as readonly string[]).includes(grade)) return fail(400, { problem: '请选择等次。' });
		if (!reason || reason.length > 500) return fail(400, { problem: '请写明依据（500 字以内）。' });
		let change;
		try {
			change = await setFinalGrade(await siteWarehouse(), year, params.id, grade || null);
		} catch (e) {
			if (e instanceof NoSuchCadreYear) return fail(404, { problem: e.message });
			throw e;
		}
		warehouseChanged();
		audit({
			actor: locals.user!.name,
			action: 'final_grade',
			target: params.id,
			detail: `${year}: ${change.before ?? '-'} → ${change.after ?? '-'} (suggested ${change.suggested}); ${reason}`,
			ip: getClientAddress()
		});
		return { saved: year };
	}
};
