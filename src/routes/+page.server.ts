// The overview (总览) of one year (?year=, default the latest): its units by grade per category,
// the 特优 and 优秀 lists, the alerts, the total bonus and the satisfaction figures against the
// year before, each linking to the page with the detail; the satisfaction trend of all years is
// drawn on the server (render.ts) so it shows without scripts.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import type { QueryRow } from '$lib/warehouse/typed';
import { UNIT_GRADE_ORDER } from '$lib/labels';
import { chartMarkup } from '$lib/charts/render';
import { satisfactionTrendOptions, seriesLabel, type SatisfactionTrendRow } from '$lib/charts/satisfaction-trend';
import { CATEGORY_LABELS } from '$lib/labels';
import { cachedPage } from '$lib/server/page-cache';
import { translator } from '$lib/i18n';
import { yearDiff } from '$lib/overview/year-diff';

type UnitGrade = (typeof UNIT_GRADE_ORDER)[number];

/** One line of the grade table: a category and its number of units per grade. */
export interface GradeLine {
	category: string;
	counts: Record<UnitGrade, number>;
	total: number;
	awaiting: number; // qualified PK candidates still waiting for the vote
}

function gradeLines(rows: QueryRow<'site/overview/grade_counts'>[]): GradeLine[] {
	const byCategory = new Map<string, GradeLine>();
	const line = (category: string): GradeLine => {
		let l = byCategory.get(category);
		if (!l) {
			const counts = Object.fromEntries(UNIT_GRADE_ORDER.map((g) => [g, 0])) as Record<UnitGrade, number>;
			byCategory.set(category, (l = { category, counts, total: 0, awaiting: 0 }));
		}
		return l;
	};
	for (const c of Object.keys(CATEGORY_LABELS)) line(c); // both categories, even with no units
	for (const r of rows) {
		const l = line(r.category);
		if (r.grade in l.counts) l.counts[r.grade as UnitGrade] += r.units;
		l.total += r.units;
		l.awaiting += r.awaiting;
	}
	return [...byCategory.values()];
}

/** A satisfaction series this year against the year before (rates null where there is none). */
export interface SatisfactionChange {
	series: string;
	rate: number | null;
	prevRate: number | null;
	unanimous: number;
	total: number;
}

function satisfactionChanges(trend: (SatisfactionTrendRow & { series: string })[], year: number): SatisfactionChange[] {
	const key = (r: SatisfactionTrendRow) => `${r.subject}-${r.category ?? ''}`;
	const prev = new Map(trend.filter((r) => r.year === year - 1).map((r) => [key(r), r]));
	return trend
		.filter((r) => r.year === year)
		.map((r) => ({ series: r.series, rate: r.rate, prevRate: prev.get(key(r))?.rate ?? null, unanimous: r.unanimous, total: r.total }));
}

export const load: PageServerLoad = (event) =>
	cachedPage(event, async ({ url, locals }) => {
		const t = translator(locals.lang);
		const wh = await siteWarehouse();
		const [years, trendRows] = await Promise.all([
			wh.rows('site/years'),
			wh.rows('site/trends/satisfaction')
		]);
		const year = chosenYear(url.searchParams.get('year'), years.map((y) => y.year));
		// The series and the chart in the reader's language (the cache keeps one copy per language).
		const trend = trendRows.map((r) => ({ ...r, series: seriesLabel(r, t) }));
		const trendChart = trend.length > 0 ? chartMarkup(satisfactionTrendOptions(trendRows, t)) : null;
		if (year === undefined) return { years, year: null, trend, trendChart };

		const hasPrevYear = years.some((y) => y.year === year - 1);
		const [gradeRows, top, alerts, rewards, figures, prevGrades] = await Promise.all([
			wh.rows('site/overview/grade_counts', { year }),
			wh.rows('site/overview/top_units', { year }),
			wh.rows('site/overview/alerts', { year }),
			wh.rows('site/overview/rewards', { year }),
			wh.rows('site/overview/year_diff', { year }),
			hasPrevYear ? wh.rows('site/overview/grade_counts', { year: year - 1 }) : null
		]);
		return {
			years,
			year,
			hasPrevYear,
			yearDiff: yearDiff(figures, gradeRows, prevGrades, year),
			grades: gradeLines(gradeRows),
			outstanding: top.filter((u) => u.grade === 'outstanding'),
			excellent: top.filter((u) => u.grade === 'excellent'),
			alerts,
			reward: rewards.find((r) => r.year === year) ?? null,
			prevReward: rewards.find((r) => r.year === year - 1) ?? null,
			satisfaction: satisfactionChanges(trend, year),
			trend,
			trendChart
		};
	});
