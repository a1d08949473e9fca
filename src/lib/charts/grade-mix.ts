// The "考核等次构成" chart: per year, the number of units of each unit grade, as stacked bars, one
// row of bars per category (区级部门 / 街道镇乡), in the grade colours shared by every page
// (labels.ts). Pure: rows in (queries/site/trends/grade_mix.sql), Plot options out. Every label
// goes through `t` (Chinese by default).
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORY_LABELS, UNIT_GRADE_COLORS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER } from '../labels.js';
import { translator, type T } from '../i18n/index.js';
import type { QueryRow } from '../warehouse/typed.js';

/** One row of queries/site/trends/grade_mix.sql. */
export type GradeMixRow = QueryRow<'site/trends/grade_mix'>;

export function gradeMixOptions(rows: GradeMixRow[], t: T = translator('zh')): PlotOptions {
	const gradeLabel = (g: string) => {
		const zh = (UNIT_GRADE_LABELS as Record<string, string>)[g];
		return zh ? t(zh) : g;
	};
	const categoryLabel = (c: string) => (CATEGORY_LABELS[c] ? t(CATEGORY_LABELS[c]) : c);
	const data = rows.map((r) => ({ ...r, gradeLabel: gradeLabel(r.grade), categoryLabel: categoryLabel(r.category) }));
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const categories = [
		...Object.keys(CATEGORY_LABELS).filter((c) => rows.some((r) => r.category === c)),
		...new Set(rows.map((r) => r.category).filter((c) => !(c in CATEGORY_LABELS)))
	].map(categoryLabel);
	// The grade colour scale (labels.ts) with the labels in the page's language.
	// The tip names the panel's category as 类别 (a facet channel would show Plot's own name "fy").
	const category = t('类别');
	const grades = { domain: UNIT_GRADE_ORDER.map(gradeLabel), range: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_COLORS[g]!) };
	return {
		title: t('考核等次构成'),
		subtitle: t('各年度各等次的单位数'),
		width: 720,
		height: 120 + 170 * Math.max(1, categories.length),
		marginLeft: 48,
		marginRight: 104,
		marginBottom: 52,
		style: { fontSize: '12px' },
		ariaLabel: t('各年度单位考核等次构成堆积柱状图'),
		x: { type: 'band', domain: years, label: t('年度'), labelAnchor: 'center', labelOffset: 44, labelArrow: 'none', tickFormat: (y: number) => `${y}`, padding: 0.25 },
		y: { label: t('单位数'), grid: true, labelArrow: 'none' },
		fy: { label: null, domain: categories },
		color: { legend: true, label: t('等次'), ...grades, style: { fontSize: '13px' } } as Plot.ScaleOptions,
		marks: [
			// The category of each row of panels on the right, wrapped: English names are long.
			Plot.axisFy({ anchor: 'right', label: null, lineWidth: 7.5 }),
			Plot.ruleY([0]),
			Plot.barY(data, {
				x: 'year',
				y: 'units',
				fy: 'categoryLabel',
				fill: 'gradeLabel',
				order: UNIT_GRADE_ORDER.map(gradeLabel),
				channels: { [category]: 'categoryLabel' },
				tip: { lineHeight: 1.4, format: { x: (y: number) => t('{year} 年', { year: y }), [category]: true, fill: true, y: true, fy: false } }
			})
		]
	};
}
