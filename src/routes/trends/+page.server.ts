// Satisfaction trends (满意度趋势) over all years: the unanimous rates (reusing the home page's
// chart), the mean democratic scores, the grade mix per year and the reverse-evaluation shares per
// aspect, all drawn on the server (render.ts) in the reader's language, with a sentence comparing
// the team unanimous rate of two years (?from=YYYY&to=YYYY, by default the first and the latest
// year of the warehouse) computed from the warehouse's own numbers.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chartMarkup } from '$lib/charts/render';
import { translator, type T } from '$lib/i18n';
import { satisfactionTrendOptions, seriesLabel, type SatisfactionTrendRow } from '$lib/charts/satisfaction-trend';
import { democraticMeansOptions, democraticSeriesLabel, type DemocraticMeanRow } from '$lib/charts/democratic-means';
import { gradeMixOptions, type GradeMixRow } from '$lib/charts/grade-mix';
import { reverseTrendOptions, type ReverseTrendRow } from '$lib/charts/reverse-trend';
import { cachedPage } from '$lib/server/page-cache';
import type { QueryRow } from '$lib/warehouse/typed';

/** One row of queries/site/trends/rise.sql: a year's team unanimous rate of a category or 'all'. */
type RiseRow = QueryRow<'site/trends/rise'>;

/** The comparison of two years: the district's team unanimous rate then, each category's later. */
export interface Rise {
	from: { year: number; rate: number; unanimous: number; teams: number };
	to: { year: number; categories: { category: string; rate: number; unanimous: number; teams: number }[] };
}

function rise(rows: RiseRow[], fromYear: number, toYear: number): Rise | null {
	const from = rows.find((r) => r.year === fromYear && r.category === 'all');
	if (!from || from.rate === null) return null;
	// Townships first, as the district's report states them.
	const rank = (c: string) => (c === 'township' ? 0 : c === 'department' ? 1 : 2);
	const categories = rows
		.filter((r) => r.year === toYear && r.category !== 'all' && r.rate !== null)
		.sort((a, b) => rank(a.category) - rank(b.category))
		.map((r) => ({ category: r.category, rate: r.rate!, unanimous: r.unanimous, teams: r.teams }));
	if (categories.length === 0) return null;
	return { from: { year: fromYear, rate: from.rate, unanimous: from.unanimous, teams: from.teams }, to: { year: toYear, categories } };
}

/** The year of ?from= or ?to=: `fallback` when absent, 400 when not a year, 404 when not held. */
function comparedYear(param: string | null, years: number[], fallback: number | undefined, t: T): number | undefined {
	if (param === null || param.trim() === '') return fallback;
	if (!/^\d{1,6}$/.test(param.trim())) error(400, { message: t('年度“{year}”不是一个年份。', { year: param }) });
	const year = Number(param.trim());
	if (!years.includes(year)) error(404, { message: t('数据仓库中没有 {year} 年度的满意度数据。', { year }) });
	return year;
}

export const load: PageServerLoad = (event) =>
	cachedPage(event, async ({ url, locals }) => {
		const t = translator(locals.lang);
		const wh = await siteWarehouse();
		const [trend, riseRows, democratic, gradeMix, reverse] = await Promise.all([
			wh.rows('site/trends/satisfaction'),
			wh.rows('site/trends/rise'),
			wh.rows('site/trends/democratic'),
			wh.rows('site/trends/grade_mix'),
			wh.rows('site/trends/reverse')
		]);
		const years = [...new Set(trend.map((r) => r.year))].sort((a, b) => a - b);
		const from = comparedYear(url.searchParams.get('from'), years, years[0], t);
		const to = comparedYear(url.searchParams.get('to'), years, years.at(-1), t);
		const hasReverse = (s: 'team' | 'cadre') => reverse.some((r) => r.subject === s);
		return {
			years,
			from: from ?? null,
			to: to ?? null,
			rise: from !== undefined && to !== undefined && from < to ? rise(riseRows, from, to) : null,
			trend: trend.map((r) => ({ ...r, series: seriesLabel(r, t) })),
			trendChart: trend.length > 0 ? chartMarkup(satisfactionTrendOptions(trend, t)) : null,
			democratic: democratic.map((r) => ({ ...r, series: democraticSeriesLabel(r, t) })),
			democraticChart: democratic.some((r) => r.mean_score !== null) ? chartMarkup(democraticMeansOptions(democratic, t)) : null,
			gradeMix,
			gradeMixChart: gradeMix.length > 0 ? chartMarkup(gradeMixOptions(gradeMix, t)) : null,
			reverse,
			reverseYears: [...new Set(reverse.map((r) => r.year))],
			reverseTeamChart: hasReverse('team') ? chartMarkup(reverseTrendOptions(reverse, 'team', t)) : null,
			reverseCadreChart: hasReverse('cadre') ? chartMarkup(reverseTrendOptions(reverse, 'cadre', t)) : null
		};
	});
