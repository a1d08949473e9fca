// The "民主测评平均得分" chart: per year, the mean democratic score of the teams and of the cadres
// of each category, as lines with dots. Pure: rows in (queries/site/trends/democratic.sql), Plot
// options out. Every label goes through `t` (Chinese by default).
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORY_LABELS, SUBJECT_LABELS } from '../labels.js';
import { translator, type T } from '../i18n/index.js';
import type { QueryRow } from '../warehouse/typed.js';

/** One row of queries/site/trends/democratic.sql. */
export type DemocraticMeanRow = QueryRow<'site/trends/democratic'>;

/** The legend label of a row's series, e.g. 领导班子（区级部门）. */
export function democraticSeriesLabel(row: Pick<DemocraticMeanRow, 'subject' | 'category'>, t: T = translator('zh')): string {
	const subject = SUBJECT_LABELS[row.subject];
	const category = CATEGORY_LABELS[row.category];
	return t('{subject}（{category}）', {
		subject: subject ? t(subject) : row.subject,
		category: category ? t(category) : row.category
	});
}

export function democraticMeansOptions(rows: DemocraticMeanRow[], t: T = translator('zh')): PlotOptions {
	const series = [
		democraticSeriesLabel({ subject: 'team', category: 'department' }, t),
		democraticSeriesLabel({ subject: 'team', category: 'township' }, t),
		democraticSeriesLabel({ subject: 'cadre', category: 'department' }, t),
		democraticSeriesLabel({ subject: 'cadre', category: 'township' }, t)
	];
	const points = rows
		.filter((r) => r.mean_score !== null)
		.map((r) => ({ year: r.year, score: r.mean_score!, series: democraticSeriesLabel(r, t) }));
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const domain = [...series, ...new Set(points.map((p) => p.series).filter((s) => !series.includes(s)))];
	const seriesOf = (p: { series: string }) => p.series;
	return {
		title: t('民主测评平均得分'),
		subtitle: t('各年度领导班子、领导干部民主测评得分的平均值（百分制）'),
		width: 720,
		height: 340,
		marginLeft: 48,
		marginRight: 24,
		marginBottom: 52,
		style: { fontSize: '12px' },
		ariaLabel: t('民主测评平均得分折线图'),
		x: {
			label: t('年度'),
			labelAnchor: 'center',
			labelOffset: 44,
			labelArrow: 'none',
			domain: years.length === 1 ? [years[0]! - 1, years[0]! + 1] : undefined,
			ticks: years,
			tickFormat: (y: number) => `${y}`,
			inset: 24
		},
		y: { label: t('平均得分'), grid: true, nice: true, labelArrow: 'none' },
		color: {
			legend: true,
			label: t('系列'),
			domain,
			range: ['#2f6fb3', '#e08a1e', '#7aa6d6', '#f0b86a'],
			style: { fontSize: '13px' }
		} as Plot.ScaleOptions,
		marks: [
			Plot.lineY(points, { x: 'year', y: 'score', stroke: seriesOf, z: seriesOf, strokeWidth: 2 }),
			Plot.dot(points, {
				x: 'year',
				y: 'score',
				fill: seriesOf,
				r: 3.5,
				stroke: 'white',
				tip: { lineHeight: 1.4, format: { x: (y: number) => t('{year} 年', { year: y }), y: (v: number) => v.toFixed(2), fill: true } }
			})
		]
	};
}
