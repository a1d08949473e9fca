// The "民主测评平均得分" chart: per year, the mean democratic score of the teams and of the cadres
// of each category, as lines with dots. Pure: rows in (queries/site/trends_democratic.sql), Plot
// options out.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORY_LABELS } from '../labels.js';

/** One row of queries/site/trends_democratic.sql. */
export interface DemocraticMeanRow {
	year: number;
	subject: 'team' | 'cadre';
	category: string;
	mean_score: number | null; // null over no cadres
}

const SUBJECT_LABELS = { team: '领导班子', cadre: '领导干部' } as const;

/** The legend label of a row's series, e.g. 领导班子（区级部门）. */
export function democraticSeriesLabel(row: Pick<DemocraticMeanRow, 'subject' | 'category'>): string {
	return `${SUBJECT_LABELS[row.subject] ?? row.subject}（${CATEGORY_LABELS[row.category] ?? row.category}）`;
}

const SERIES = [
	democraticSeriesLabel({ subject: 'team', category: 'department' }),
	democraticSeriesLabel({ subject: 'team', category: 'township' }),
	democraticSeriesLabel({ subject: 'cadre', category: 'department' }),
	democraticSeriesLabel({ subject: 'cadre', category: 'township' })
];

export function democraticMeansOptions(rows: DemocraticMeanRow[]): PlotOptions {
	const points = rows
		.filter((r) => r.mean_score !== null)
		.map((r) => ({ year: r.year, score: r.mean_score!, series: democraticSeriesLabel(r) }));
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const domain = [...SERIES, ...new Set(points.map((p) => p.series).filter((s) => !SERIES.includes(s)))];
	const seriesOf = (p: { series: string }) => p.series;
	return {
		title: '民主测评平均得分',
		subtitle: '各年度领导班子、领导干部民主测评得分的平均值（百分制）',
		width: 720,
		height: 340,
		marginLeft: 48,
		marginRight: 24,
		marginBottom: 52,
		style: { fontSize: '12px' },
		ariaLabel: '民主测评平均得分折线图',
		x: {
			label: '年度',
			labelAnchor: 'center',
			labelOffset: 44,
			labelArrow: 'none',
			domain: years.length === 1 ? [years[0]! - 1, years[0]! + 1] : undefined,
			ticks: years,
			tickFormat: (y: number) => `${y}`,
			inset: 24
		},
		y: { label: '平均得分', grid: true, nice: true, labelArrow: 'none' },
		color: {
			legend: true,
			label: '系列',
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
				tip: { lineHeight: 1.4, format: { x: (y: number) => `${y} 年`, y: (v: number) => v.toFixed(2), fill: true } }
			})
		]
	};
}
