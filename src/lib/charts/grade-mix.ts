// The "考核等次构成" chart: per year, the number of units of each unit grade, as stacked bars, one
// row of bars per category (区级部门 / 街道镇乡), in the grade colours shared by every page
// (labels.ts). Pure: rows in (queries/site/trends_grade_mix.sql), Plot options out.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORY_LABELS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER, unitGradeScale } from '../labels.js';

/** One row of queries/site/trends_grade_mix.sql. */
export interface GradeMixRow {
	year: number;
	category: string;
	grade: string;
	units: number;
}

const gradeLabel = (g: string) => (UNIT_GRADE_LABELS as Record<string, string>)[g] ?? g;
const categoryLabel = (c: string) => CATEGORY_LABELS[c] ?? c;

export function gradeMixOptions(rows: GradeMixRow[]): PlotOptions {
	const data = rows.map((r) => ({ ...r, gradeLabel: gradeLabel(r.grade), categoryLabel: categoryLabel(r.category) }));
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const categories = [
		...Object.keys(CATEGORY_LABELS).filter((c) => rows.some((r) => r.category === c)),
		...new Set(rows.map((r) => r.category).filter((c) => !(c in CATEGORY_LABELS)))
	].map(categoryLabel);
	const grades = unitGradeScale();
	return {
		title: '考核等次构成',
		subtitle: '各年度各等次的单位数',
		width: 720,
		height: 120 + 170 * Math.max(1, categories.length),
		marginLeft: 48,
		marginRight: 72,
		marginBottom: 52,
		style: { fontSize: '12px' },
		ariaLabel: '各年度单位考核等次构成堆积柱状图',
		x: { type: 'band', domain: years, label: '年度', labelAnchor: 'center', labelOffset: 44, labelArrow: 'none', tickFormat: (y: number) => `${y}`, padding: 0.25 },
		y: { label: '单位数', grid: true, labelArrow: 'none' },
		fy: { label: null, domain: categories },
		color: { legend: true, label: '等次', ...grades, style: { fontSize: '13px' } } as Plot.ScaleOptions,
		marks: [
			Plot.ruleY([0]),
			Plot.barY(data, {
				x: 'year',
				y: 'units',
				fy: 'categoryLabel',
				fill: 'gradeLabel',
				order: UNIT_GRADE_ORDER.map(gradeLabel),
				tip: { lineHeight: 1.4, format: { x: (y: number) => `${y} 年`, fy: true, fill: true, y: true } }
			})
		]
	};
}
