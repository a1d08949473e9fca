// The overview (总览) of one year (?year=, default the latest): its units by grade per category,
// the 特优 and 优秀 lists, the alerts, the total bonus and the satisfaction figures against the
// year before, each linking to the page with the detail; the satisfaction trend of all years is
// drawn on the server (render.ts) so it shows without scripts.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import { query } from '$lib/warehouse/queries';
import { UNIT_GRADE_ORDER } from '$lib/labels';
import { chartMarkup } from '$lib/charts/render';
import { satisfactionTrendOptions, seriesLabel, type SatisfactionTrendRow } from '$lib/charts/satisfaction-trend';
import { CATEGORY_LABELS } from '$lib/labels';
import { cachedPage } from '$lib/server/page-cache';
import { translator } from '$lib/i18n';
import { yearDiff, type YearFiguresRow } from '$lib/overview/year-diff';

interface YearRow {
	year: number;
	policy_id: string;
	policy_name: string | null;
	units: number;
	cadres: number;
}

interface GradeCountRow {
	category: string;
	grade: string;
	units: number;
	awaiting: number;
}

export interface TopUnit {
	grade: 'outstanding' | 'excellent';
	category: string;
	group_name: string;
	unit_id: string;
	name: string;
	target_score: number;
	composite_score: number | null;
	rank_in_group: number;
	pk_votes: number | null;
}

export interface AlertRow {
	kind: string;
	unit_id: string;
	unit_name: string;
	cadre_id: string | null;
	cadre_name: string | null;
	cadre_role: string | null;
}

interface RewardRow {
	year: number;
	units: number;
	staff: number;
	total_text: string;
	total: number;
}

type UnitGrade = (typeof UNIT_GRADE_ORDER)[number];

/** One line of the grade table: a category and its number of units per grade. */
export interface GradeLine {
	category: string;
	counts: Record<UnitGrade, number>;
	total: number;
	awaiting: number; // qualified PK candidates still waiting for the vote
}

function gradeLines(rows: GradeCountRow[]): GradeLine[] {
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
			wh.all<YearRow>(query('site/years')),
			wh.all<SatisfactionTrendRow>(query('site/satisfaction_trend'))
		]);
		const year = chosenYear(url.searchParams.get('year'), years.map((y) => y.year));
		// The series and the chart in the reader's language (the cache keeps one copy per language).
		const trend = trendRows.map((r) => ({ ...r, series: seriesLabel(r, t) }));
		const trendChart = trend.length > 0 ? chartMarkup(satisfactionTrendOptions(trendRows, t)) : null;
		if (year === undefined) return { years, year: null, trend, trendChart };

		const hasPrevYear = years.some((y) => y.year === year - 1);
		const [gradeRows, top, alerts, rewards, figures, prevGrades] = await Promise.all([
			wh.all<GradeCountRow>(query('site/unit_grade_counts'), { year }),
			wh.all<TopUnit>(query('site/overview_top_units'), { year }),
			wh.all<AlertRow>(query('site/overview_alerts'), { year }),
			wh.all<RewardRow>(query('site/overview_rewards'), { year }),
			wh.all<YearFiguresRow>(query('site/overview_year_diff'), { year }),
			hasPrevYear ? wh.all<GradeCountRow>(query('site/unit_grade_counts'), { year: year - 1 }) : null
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
