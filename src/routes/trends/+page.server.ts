// Satisfaction trends (满意度趋势) over all years: the unanimous rates (reusing the home page's
// chart), the mean democratic scores, the grade mix per year and the reverse-evaluation shares per
// aspect, all drawn on the server (render.ts), with a sentence on the rise of the team unanimous
// rate computed from the warehouse's own numbers.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { query } from '$lib/warehouse/queries';
import { renderChart } from '$lib/charts/render';
import { CATEGORY_LABELS } from '$lib/labels';
import { satisfactionTrendOptions, seriesLabel, type SatisfactionTrendRow } from '$lib/charts/satisfaction-trend';
import { democraticMeansOptions, democraticSeriesLabel, type DemocraticMeanRow } from '$lib/charts/democratic-means';
import { gradeMixOptions, type GradeMixRow } from '$lib/charts/grade-mix';
import { reverseTrendOptions, type ReverseTrendRow } from '$lib/charts/reverse-trend';

/** One row of queries/site/trends_rise.sql: a year's team unanimous rate of a category or 'all'. */
interface RiseRow {
	year: number;
	category: string; // department, township or all
	teams: number;
	unanimous: number;
	rate: number | null;
}

/** The year the district's report compares the first year with (2001→2007); the latest if absent. */
const REPORT_YEAR = 2007;

export interface Rise {
	from: { year: number; rate: number; unanimous: number; teams: number };
	to: { year: number; categories: { label: string; rate: number; unanimous: number; teams: number }[] };
}

function rise(rows: RiseRow[]): Rise | null {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	if (years.length < 2) return null;
	const first = years[0]!;
	const last = years.includes(REPORT_YEAR) && REPORT_YEAR !== first ? REPORT_YEAR : years.at(-1)!;
	const from = rows.find((r) => r.year === first && r.category === 'all');
	if (!from || from.rate === null) return null;
	// Townships first, as the report states them.
	const rank = (c: string) => (c === 'township' ? 0 : c === 'department' ? 1 : 2);
	const categories = rows
		.filter((r) => r.year === last && r.category !== 'all' && r.rate !== null)
		.sort((a, b) => rank(a.category) - rank(b.category))
		.map((r) => ({ label: CATEGORY_LABELS[r.category] ?? r.category, rate: r.rate!, unanimous: r.unanimous, teams: r.teams }));
	if (categories.length === 0) return null;
	return { from: { year: first, rate: from.rate, unanimous: from.unanimous, teams: from.teams }, to: { year: last, categories } };
}

export const load: PageServerLoad = async () => {
	const wh = await siteWarehouse();
	const [trend, riseRows, democratic, gradeMix, reverse] = await Promise.all([
		wh.all<SatisfactionTrendRow>(query('site/satisfaction_trend')),
		wh.all<RiseRow>(query('site/trends_rise')),
		wh.all<DemocraticMeanRow>(query('site/trends_democratic')),
		wh.all<GradeMixRow>(query('site/trends_grade_mix')),
		wh.all<ReverseTrendRow>(query('site/trends_reverse'))
	]);
	const hasReverse = (s: 'team' | 'cadre') => reverse.some((r) => r.subject === s);
	return {
		years: [...new Set(trend.map((r) => r.year))],
		rise: rise(riseRows),
		trend: trend.map((r) => ({ ...r, series: seriesLabel(r) })),
		trendChart: trend.length > 0 ? renderChart(satisfactionTrendOptions(trend)) : null,
		democratic: democratic.map((r) => ({ ...r, series: democraticSeriesLabel(r) })),
		democraticChart: democratic.some((r) => r.mean_score !== null) ? renderChart(democraticMeansOptions(democratic)) : null,
		gradeMix,
		gradeMixChart: gradeMix.length > 0 ? renderChart(gradeMixOptions(gradeMix)) : null,
		reverse,
		reverseYears: [...new Set(reverse.map((r) => r.year))],
		reverseTeamChart: hasReverse('team') ? renderChart(reverseTrendOptions(reverse, 'team')) : null,
		reverseCadreChart: hasReverse('cadre') ? renderChart(reverseTrendOptions(reverse, 'cadre')) : null
	};
};
