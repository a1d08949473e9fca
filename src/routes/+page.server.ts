// The home page: the years in the warehouse, the latest year's unit grades per category, and the
// satisfaction trend over all years, drawn on the server (render.ts) so it shows without scripts.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { query } from '$lib/warehouse/queries';
import { UNIT_GRADE_LABELS } from '$lib/bundle/tables';
import { renderChart } from '$lib/charts/render';
import { CATEGORY_LABELS, satisfactionTrendOptions, seriesLabel, type SatisfactionTrendRow } from '$lib/charts/satisfaction-trend';

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

export type UnitGrade = keyof typeof UNIT_GRADE_LABELS;

/** One line of the grade table: a category and its number of units per grade. */
export interface GradeLine {
	category: string;
	label: string;
	counts: Record<UnitGrade, number>;
	total: number;
	awaiting: number; // qualified PK candidates still waiting for the vote
}

const GRADES = Object.keys(UNIT_GRADE_LABELS) as UnitGrade[];

function gradeLines(rows: GradeCountRow[]): GradeLine[] {
	const byCategory = new Map<string, GradeLine>();
	const line = (category: string): GradeLine => {
		let l = byCategory.get(category);
		if (!l) {
			l = {
				category,
				label: CATEGORY_LABELS[category] ?? category,
				counts: Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<UnitGrade, number>,
				total: 0,
				awaiting: 0
			};
			byCategory.set(category, l);
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

export const load: PageServerLoad = async () => {
	const wh = await siteWarehouse();
	const [years, trend] = await Promise.all([
		wh.all<YearRow>(query('site/years')),
		wh.all<SatisfactionTrendRow>(query('site/satisfaction_trend'))
	]);
	const latestYear = years.at(-1)?.year;
	const grades =
		latestYear === undefined
			? null
			: {
					year: latestYear,
					lines: gradeLines(await wh.all<GradeCountRow>(query('site/unit_grade_counts'), { year: latestYear }))
				};
	return {
		years,
		grades,
		gradeLabels: GRADES.map((g) => ({ code: g, label: UNIT_GRADE_LABELS[g] })),
		// Each row with its series' label, for the data table (the page imports no chart code).
		trend: trend.map((r) => ({ ...r, series: seriesLabel(r) })),
		trendChart: trend.length > 0 ? renderChart(satisfactionTrendOptions(trend)) : null
	};
};
