// Group rankings (分组排名) of one year (?year=, default the latest): per group (考核组), its units in
// rank order (target score, descending) with composite score, grade, veto, PK result and the rank
// change from the year before, and per group a bar chart of the target scores coloured by grade,
// drawn on the server (render.ts) in the reader's language, its bars linking to the units' pages.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import { chartMarkup } from '$lib/charts/render';
import type { ChartMarkup } from '$lib/charts/markup';
import { groupRankingOptions } from '$lib/charts/group-ranking';
import { locale, translator } from '$lib/i18n';
import { cached, cachedPage } from '$lib/server/page-cache';
import { marksOfYear } from '$lib/server/quality-marks';
import { markKey, type QualityMark } from '$lib/quality/marks';
import { RANKING_ROWS, pageAsked, pageRows, paging } from '$lib/server/paging';
import type { QueryRow } from '$lib/warehouse/typed';
import { applyView, readView } from '$lib/tables/view';
import { RANKING_TABLE, RANKING_VIEW } from '$lib/tables/rankings';

/** One row of queries/site/rankings/units.sql. */
export type RankingRow = QueryRow<'site/rankings/units'>;

/** The rank change from the year before: up (↑n), down (↓n), same, new to the warehouse, moved group, or no year before. */
export type RankChange =
	| { kind: 'up' | 'down'; by: number; prev: number }
	| { kind: 'same'; prev: number }
	| { kind: 'new' }
	| { kind: 'moved'; prevGroup: string }
	| { kind: 'none' };

/** A unit as the page shows it: the group's fields are the group's, the year before is in `change`. */
export type RankedUnit = Omit<RankingRow, 'category' | 'group_id' | 'group_name' | 'group_exempt' | 'prev_rank' | 'prev_group_id'> & {
	change: RankChange;
};

/** What the page sends of a row: only what it shows (issue #10: a 100× page was 20 MB). */
function ranked(r: RankingRow, hasPrevYear: boolean): RankedUnit {
	const { category: _c, group_id: _g, group_name: _n, group_exempt: _e, prev_rank: _p, prev_group_id: _pg, ...shown } = r;
	return { ...shown, change: rankChange(r, hasPrevYear) };
}

export interface RankedGroup {
	group_id: string;
	group_name: string;
	category: string;
	exempt: boolean;
	/** The group's units on this page (?page=, RANKING_ROWS each); `size` counts them all. */
	units: RankedUnit[];
	size: number;
	chart: ChartMarkup;
}

function rankChange(r: RankingRow, hasPrevYear: boolean): RankChange {
	if (!hasPrevYear) return { kind: 'none' };
	if (r.prev_rank === null || r.prev_group_id === null) return { kind: 'new' };
	if (r.prev_group_id !== r.group_id) return { kind: 'moved', prevGroup: r.prev_group_id };
	const by = r.prev_rank - r.rank_in_group;
	if (by > 0) return { kind: 'up', by, prev: r.prev_rank };
	if (by < 0) return { kind: 'down', by: -by, prev: r.prev_rank };
	return { kind: 'same', prev: r.prev_rank };
}

export const load: PageServerLoad = (event) =>
	cachedPage(event, async ({ url, locals }) => {
		const t = translator(locals.lang);
		const wh = await siteWarehouse();
		const years = (await wh.rows('site/years')).map((y) => y.year);
		const year = chosenYear(url.searchParams.get('year'), years);
		if (year === undefined) return { years, year: null, policy: null, groups: [] as RankedGroup[], groupList: [], groupCount: 0, unitCount: 0, shownCount: 0, hasPrevYear: false, paging: paging(1, 0, RANKING_ROWS), marks: {} as Record<string, QualityMark[]> };

		const [rows, [policy]] = await Promise.all([
			// one query per year, whatever the view (sorted and filtered below)
			cached(`rankings-rows|${year}`, () => wh.rows('site/rankings/units', { year })),
			wh.rows('site/rankings/policy', { year })
		]);
		const hasPrevYear = years.includes(year - 1);
		// The reader's order and filters, before paging (a group's units span pages at 100×).
		const view = readView(url.searchParams, RANKING_TABLE, RANKING_VIEW);
		const viewed = applyView(rows, RANKING_VIEW, view);
		const groupList = [...new Map(rows.map((r) => [r.group_id, { group_id: r.group_id, group_name: r.group_name }])).values()];

		const byGroup = new Map<string, RankingRow[]>();
		for (const r of viewed) {
			let list = byGroup.get(r.group_id);
			if (!list) byGroup.set(r.group_id, (list = []));
			list.push(r);
		}
		// Page N shows ranks of every group from (N−1)·RANKING_ROWS + 1 on; the chart, the same units.
		const largest = Math.max(0, ...[...byGroup.values()].map((g) => g.length));
		const pages = paging(pageAsked(url.searchParams.get('page')), largest, RANKING_ROWS);
		// A group with fewer units than the page starts at is not on the page.
		const onPage = [...byGroup.values()].filter((all) => all.length > (pages.page - 1) * RANKING_ROWS);
		const groups: RankedGroup[] = onPage.map((all) => {
			const first = all[0]!;
			const units = pageRows(all, pages.page, RANKING_ROWS).map((r) => ranked(r, hasPrevYear));
			return {
				group_id: first.group_id,
				group_name: first.group_name,
				category: first.category,
				exempt: first.group_exempt,
				units,
				size: all.length,
				chart: chartMarkup(
					groupRankingOptions(
						units,
						{
							groupName: first.group_name,
							qualifiedMin: policy?.qualified_min,
							basicMin: policy?.basic_min,
							locale: locale(locals.lang)
						},
						t
					)
				)
			};
		});
		// 评议质量's marks beside each unit's result on the page
		const teamMarks = await marksOfYear(wh, year, 'team');
		const marks: Record<string, QualityMark[]> = Object.fromEntries(
			groups.flatMap((g) => g.units.map((u) => markKey('team', u.unit_id))).flatMap((k) => (teamMarks[k] ? [[k, teamMarks[k]!]] : []))
		);
		return { years, year, policy: policy ?? null, groups, groupList, groupCount: groupList.length, unitCount: rows.length, shownCount: viewed.length, hasPrevYear, paging: pages, marks };
	});
