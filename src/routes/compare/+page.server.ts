// The compare page (单位对比) /compare?a=<unit>&b=<unit>&year=<year>&b_year=<year>: unit A in
// `year` and unit B (default A) in `b_year` (default `year`), side by side (one unit in two years,
// or two units in one). A unit is named by its id or its name that year (queries/site/
// compare/find.sql: a name that is not exact offers the units it matches). Each unit's figures are
// its dossier's (queries/site/units/years.sql); each unit shown is written to the audit log as a
// view of its dossier, so the page's data is kept but never its bytes.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import type { QueryRow } from '$lib/warehouse/typed';
import { chosenYear } from '$lib/server/year';
import { cachedPage } from '$lib/server/page-cache';
import { audit } from '$lib/audit/log';
import { compareLines, type CompareUnit } from '$lib/compare/metrics';

/** One row of queries/site/compare/find.sql. */
type FoundRow = QueryRow<'site/compare/find'>;

export interface Side {
	/** What the reader typed (an id or a name). */
	asked: string;
	year: number;
	unit: CompareUnit | null;
	/** The units a name that is not exact matches (at most 20). */
	candidates: FoundRow[];
}

export const load: PageServerLoad = async (event) => {
	const data = await cachedPage(event, async ({ url }) => {
		const wh = await siteWarehouse();
		const years = (await wh.rows('site/years')).map((y) => y.year);
		const year = chosenYear(url.searchParams.get('year'), years);
		if (year === undefined) return { years, year: null, bYear: null, sides: [] as Side[], lines: [] };
		const bYearParam = url.searchParams.get('b_year');
		const bYear = bYearParam === null || bYearParam.trim() === '' ? year : chosenYear(bYearParam, years)!;
		const askedA = (url.searchParams.get('a') ?? '').trim().slice(0, 100);
		const askedB = (url.searchParams.get('b') ?? '').trim().slice(0, 100) || askedA;

		async function side(asked: string, y: number): Promise<Side> {
			if (asked === '') return { asked, year: y, unit: null, candidates: [] };
			const found = await wh.rows('site/compare/find', { q: asked, year: y });
			const exact = found.filter((f) => f.exact);
			const pick = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
			if (!pick) return { asked, year: y, unit: null, candidates: found };
			const rows = await wh.rows('site/units/years', { unit: pick.unit_id });
			return { asked, year: y, unit: rows.find((r) => r.year === y) ?? null, candidates: [] };
		}
		const sides = await Promise.all([side(askedA, year), side(askedB, bYear)]);
		return { years, year, bYear, sides, lines: compareLines(sides[0]!.unit, sides[1]!.unit) };
	});
	for (const s of new Set(data.sides.flatMap((s) => (s.unit ? [s.unit.unit_id] : []))))
		audit({ actor: event.locals.user!.name, action: 'view_unit', target: s, ip: event.getClientAddress() });
	return data;
};
