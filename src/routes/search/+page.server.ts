// Search (搜索) /search?q=…: units and cadres whose name (in any year) or id contains q,
// case-insensitive, with the name of the latest year each appears in and the years it appears in,
// linking to the dossiers. q is a bound parameter and is taken literally (no wildcards). When q is
// exactly the id of one unit or cadre, the search goes straight to its dossier (303).
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { yearRuns } from '$lib/server/dossier';
import { cachedPage } from '$lib/server/page-cache';
import type { QueryRow } from '$lib/warehouse/typed';

/** One row of queries/site/search/matches.sql. */
export type SearchRow = QueryRow<'site/search/matches'>;

/** A search result: its years also as runs (2001—2004、2007). */
export type SearchResult = SearchRow & { yearRuns: string };

/** The most results shown; search.sql returns one more so the page can say there are more. */
const LIMIT = 200;
/** The longest query searched for; a longer one is cut. */
const MAX_LENGTH = 100;

export const load: PageServerLoad = (event) =>
	cachedPage(event, async ({ url }) => {
		const raw = url.searchParams.get('q') ?? '';
		const q = raw.trim().slice(0, MAX_LENGTH);
		if (q === '') return { q, results: [] as SearchResult[], more: false, cut: false };

		const wh = await siteWarehouse();
		const rows = await wh.rows('site/search/matches', { q });
		const exact = rows.filter((r) => r.exact);
		if (exact.length === 1) redirect(303, `/${exact[0]!.kind === 'unit' ? 'units' : 'cadres'}/${encodeURIComponent(exact[0]!.id)}`);
		return {
			q,
			results: rows.slice(0, LIMIT).map((r): SearchResult => {
				const years = Array.from(r.years, Number);
				return { ...r, years, yearRuns: yearRuns(years) };
			}),
			more: rows.length > LIMIT,
			cut: raw.trim().length > MAX_LENGTH
		};
	});
