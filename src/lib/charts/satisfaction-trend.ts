// The "满意度趋势" chart: per year, the team unanimous rate (领导班子“好”满票率) of each category
// and the cadre unanimous rate (领导干部“优秀”满票率) of the whole district, as lines with dots.
// Pure: rows in (queries/site/trends/satisfaction.sql), Plot options out; rendered on the server by
// render.ts and again in the browser by Chart.svelte. Every label goes through `t` (Chinese by
// default), so the chart speaks the page's language.
import { formats } from '../format.js';
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { translator, type T } from '../i18n/index.js';
import type { QueryRow } from '../warehouse/typed.js';

/** Category code → Chinese label (CONTRACT.md, "Terms"). */
import { CATEGORY_LABELS } from '../labels.js';
export { CATEGORY_LABELS };

/** One row of queries/site/trends/satisfaction.sql (category null for the cadre row, rate over no cadres). */
export type SatisfactionTrendRow = QueryRow<'site/trends/satisfaction'>;

/** The legend label of a row's series, in the language of `t`. */
export function seriesLabel(row: Pick<SatisfactionTrendRow, 'subject' | 'category'>, t: T = translator('zh')): string {
	if (row.subject === 'cadre') return t('领导干部“优秀”满票率（全区）');
	const category = CATEGORY_LABELS[row.category ?? ''];
	return t('领导班子“好”满票率（{category}）', { category: category ? t(category) : (row.category ?? '') });
}

interface Point {
	year: number;
	series: string;
	rate: number;
	count: string;
}

/** The rate in a tip as the tables write it (Plot's percent scale gives it ×100): "86.7%". */
const percent1 = formats('zh-CN').percent1;

export function satisfactionTrendOptions(rows: SatisfactionTrendRow[], t: T = translator('zh')): PlotOptions {
	// The series in a fixed order, so colours do not move from one page to the next.
	const series = [
		seriesLabel({ subject: 'team', category: 'department' }, t),
		seriesLabel({ subject: 'team', category: 'township' }, t),
		seriesLabel({ subject: 'cadre', category: null }, t)
	];
	const points: Point[] = rows
		.filter((r) => r.rate !== null)
		.map((r) => ({ year: r.year, series: seriesLabel(r, t), rate: r.rate!, count: `${r.unanimous} / ${r.total}` }));
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const domain = [...series, ...new Set(points.map((p) => p.series).filter((s) => !series.includes(s)))];
	const seriesOf = (p: Point) => p.series;
	const unanimous = t('满票');
	return {
		title: t('满意度趋势'),
		subtitle: t('各年度满票率：全部测评票均为“好”的领导班子、均为“优秀”的领导干部所占比例'),
		width: 720,
		height: 360,
		marginLeft: 48,
		marginRight: 24,
		marginBottom: 52,
		style: { fontSize: '12px' },
		ariaLabel: t('满意度趋势折线图'),
		// A single year still gets a visible x range.
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
		y: { label: t('满票率（%）'), percent: true, domain: [0, 100], grid: true, nice: true },
		color: { legend: true, label: t('系列'), domain, range: ['#2f6fb3', '#e08a1e', '#3a9a5b'], style: { fontSize: '13px' } } as Plot.ScaleOptions,
		marks: [
			Plot.ruleY([0]),
			Plot.lineY(points, { x: 'year', y: 'rate', stroke: seriesOf, z: seriesOf, strokeWidth: 2, marker: false }),
			Plot.dot(points, {
				x: 'year',
				y: 'rate',
				fill: seriesOf,
				r: 4,
				stroke: 'white',
				channels: { [unanimous]: 'count' },
				// Chinese glyphs fill the em box: give the tip's lines room.
				tip: {
					lineHeight: 1.4,
					format: { x: (y: number) => t('{year} 年', { year: y }), y: (v: number) => percent1(v / 100), fill: true, [unanimous]: true }
				}
			})
		]
	};
}
