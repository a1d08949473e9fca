// The rewards (奖励分配) charts. rewardDistributionOptions: one year's total bonus (综合目标考核奖) of
// every unit as a bar, sorted from the largest, coloured by the unit's grade (labels.ts), one panel
// per category; past UNIT_BARS_MAX units (a bar each was 4.6 MB of SVG at 100×) rewardChartData
// bins them instead and rewardHistogramOptions draws how many units of each grade fall in each
// range of the bonus. rewardTotalsOptions: the district's total bonus per year, a small bar chart.
// Pure: rows in (queries/site/rewards/units.sql, years.sql), Plot options out. Every label
// goes through `t` (Chinese by default): amounts in 元 / 万元, "yuan" / "10k yuan" in English.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORY_LABELS, UNIT_GRADE_COLORS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER } from '../labels.js';
import { translator, type T } from '../i18n/index.js';
import { numberFormat } from '../format.js';

/** The fields of a row of queries/site/rewards/units.sql the chart uses. */
export interface RewardUnitRow {
	unit_id: string;
	name: string;
	category: string;
	grade: string;
	staff: number;
	total_bonus: number;
}

/** The fields of a row of queries/site/rewards/years.sql the chart uses. */
export interface RewardYearRow {
	year: number;
	total: number;
}

const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
/** An amount in a tip as the tables write it: always two decimals ("5,479,211.00"). */
const yuan = numberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 万元 for an axis tick: 435793 → "43.6". */
const wanTick = (v: number) => wan.format(v / 10000);

/** A label of labels.ts in the language of `t`; an unknown code as is. */
const label = (labels: Record<string, string>, code: string, t: T) => (labels[code] ? t(labels[code]) : code);

/** Empty bands between the categories' runs of bars. */
const CATEGORY_GAP = 4;

export function rewardDistributionOptions(rows: RewardUnitRow[], year: number, t: T = translator('zh')): PlotOptions {
	const gradeLabel = (g: string) => label(UNIT_GRADE_LABELS, g, t);
	const categoryLabel = (c: string) => label(CATEGORY_LABELS, c, t);
	const categories = [
		...Object.keys(CATEGORY_LABELS).filter((c) => rows.some((r) => r.category === c)),
		...new Set(rows.map((r) => r.category).filter((c) => !(c in CATEGORY_LABELS)))
	];
	// One run of bars per category, side by side on one axis (so that a category with fewer units
	// leaves no empty panel), each sorted from the largest bonus; x is the category and the place.
	const key = (c: string, place: number) => `${c}:${place}`;
	const data = categories.flatMap((c) =>
		rows
			.filter((r) => r.category === c)
			.sort((a, b) => b.total_bonus - a.total_bonus || a.unit_id.localeCompare(b.unit_id))
			.map((r, i) => ({
				...r,
				key: key(c, i + 1),
				gradeLabel: gradeLabel(r.grade),
				amount: t('{amount} 元', { amount: yuan.format(r.total_bonus) })
			}))
	);
	const domain = categories.flatMap((c, i) => [
		...(i > 0 ? Array.from({ length: CATEGORY_GAP }, (_, g) => `gap-${i}-${g}`) : []),
		...data.filter((d) => d.category === c).map((d) => d.key)
	]);
	// Each run's name above its first bar.
	const runs = categories.map((c) => ({
		key: key(c, 1),
		text: `${categoryLabel(c)}${t('（{n}）', { n: rows.filter((r) => r.category === c).length })}`
	}));
	const [unit, amount, staff] = [t('单位'), t('奖金总额'), t('编内人数')];
	return {
		title: t('{year} 年度各单位奖金总额', { year }),
		subtitle: t('每根柱为一个单位，按奖金总额从高到低排列，颜色为单位考核等次'),
		width: 900,
		height: 320,
		marginLeft: 52,
		marginRight: 16,
		marginTop: 40,
		style: { fontSize: '12px' },
		ariaLabel: t('{year} 年度各单位奖金总额柱状图', { year }),
		x: { type: 'band', domain, label: t('单位（按奖金总额排序）'), labelAnchor: 'center', labelArrow: 'none', ticks: [], padding: 0.15 },
		y: { label: t('奖金总额（万元）'), grid: true, tickFormat: wanTick, labelArrow: 'none' },
		color: {
			legend: true,
			label: t('等次'),
			domain: UNIT_GRADE_ORDER.map(gradeLabel),
			range: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_COLORS[g]!),
			style: { fontSize: '13px' }
		} as Plot.ScaleOptions,
		marks: [
			Plot.ruleY([0]),
			Plot.barY(data, {
				x: 'key',
				y: 'total_bonus',
				fill: 'gradeLabel',
				channels: { [unit]: 'name', [amount]: 'amount', [staff]: 'staff' },
				tip: { lineHeight: 1.4, format: { x: false, y: false, [unit]: true, fill: true, [amount]: true, [staff]: true } }
			}),
			Plot.text(runs, { x: 'key', text: 'text', frameAnchor: 'top', textAnchor: 'start', lineAnchor: 'bottom', dx: -4, dy: -10, fontSize: 13, fontWeight: 700, fill: '#1f2328' })
		]
	};
}

/** Past this many units the chart shows bins of the bonus, not a bar per unit. */
export const UNIT_BARS_MAX = 400;
/** About this many ranges of the bonus when binned. */
const BINS = 30;

/** The units of one category and grade whose total bonus lies in [x0, x1). */
export interface RewardBin {
	category: string;
	grade: string;
	x0: number;
	x1: number;
	units: number;
}

/** What the chart of a year draws: a bar per unit, or bins (`count` units in all). */
export type RewardChart = { units: RewardUnitRow[] } | { bins: RewardBin[]; count: number };

/** A step of 1, 2 or 5 × 10ⁿ at least `raw` (> 0). */
function niceStep(raw: number): number {
	const mag = 10 ** Math.floor(Math.log10(raw));
	return [1, 2, 5, 10].find((m) => m * mag >= raw)! * mag;
}

/** The units of a year as the chart needs them: as they are up to UNIT_BARS_MAX, else binned. */
export function rewardChartData(rows: RewardUnitRow[]): RewardChart {
	if (rows.length <= UNIT_BARS_MAX) return { units: rows };
	const values = rows.map((r) => r.total_bonus);
	const [min, max] = [Math.min(...values), Math.max(...values)];
	const step = niceStep(Math.max((max - min) / BINS, 1));
	const bins = new Map<string, RewardBin>();
	for (const r of rows) {
		const x0 = Math.floor(r.total_bonus / step) * step;
		const k = `${r.category}|${r.grade}|${x0}`;
		const bin = bins.get(k);
		if (bin) bin.units++;
		else bins.set(k, { category: r.category, grade: r.grade, x0, x1: x0 + step, units: 1 });
	}
	return { bins: [...bins.values()].sort((a, b) => a.x0 - b.x0), count: rows.length };
}

/** The chart of a year from rewardChartData. */
export function rewardChartOptions(chart: RewardChart, year: number, t: T = translator('zh')): PlotOptions {
	return 'bins' in chart ? rewardHistogramOptions(chart.bins, chart.count, year, t) : rewardDistributionOptions(chart.units, year, t);
}

/** How many units of each grade have a total bonus in each range, one panel per category. */
export function rewardHistogramOptions(bins: RewardBin[], count: number, year: number, t: T = translator('zh')): PlotOptions {
	const gradeLabel = (g: string) => label(UNIT_GRADE_LABELS, g, t);
	const categoryLabel = (c: string) => label(CATEGORY_LABELS, c, t);
	const order = [...Object.keys(CATEGORY_LABELS), ...new Set(bins.map((b) => b.category).filter((c) => !(c in CATEGORY_LABELS)))];
	const categories = order.filter((c) => bins.some((b) => b.category === c));
	const [range, units] = [t('奖金总额区间'), t('单位数')];
	const data = bins.map((b) => ({
		...b,
		gradeLabel: gradeLabel(b.grade),
		categoryLabel: categoryLabel(b.category),
		range: t('{from}–{to} 万元', { from: wan.format(b.x0 / 10000), to: wan.format(b.x1 / 10000) })
	}));
	return {
		title: t('{year} 年度各单位奖金总额', { year }),
		subtitle: t('单位较多（{n} 个），按奖金总额分段：每根柱为奖金总额在该区间内的单位数，颜色为单位考核等次', { n: count }),
		width: 900,
		height: 160 + 120 * categories.length,
		marginLeft: 52,
		marginRight: 72,
		marginTop: 40,
		style: { fontSize: '12px' },
		ariaLabel: t('{year} 年度各单位奖金总额分布直方图', { year }),
		x: { label: t('奖金总额（万元）'), tickFormat: wanTick, labelAnchor: 'center', labelArrow: 'none' },
		y: { label: t('单位数'), grid: true, labelArrow: 'none' },
		fy: { domain: categories.map(categoryLabel), label: null },
		color: {
			legend: true,
			label: t('等次'),
			domain: UNIT_GRADE_ORDER.map(gradeLabel),
			range: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_COLORS[g]!),
			style: { fontSize: '13px' }
		} as Plot.ScaleOptions,
		marks: [
			Plot.rectY(data, {
				x1: 'x0',
				x2: 'x1',
				y: 'units',
				fy: 'categoryLabel',
				fill: 'gradeLabel',
				insetLeft: 0.5,
				insetRight: 0.5,
				channels: { [range]: 'range', [units]: 'units' },
				tip: { lineHeight: 1.4, format: { x1: false, x2: false, y: false, fy: false, fill: true, [range]: true, [units]: true } }
			}),
			Plot.ruleY([0])
		]
	};
}

export function rewardTotalsOptions(rows: RewardYearRow[], year?: number, t: T = translator('zh')): PlotOptions {
	const years = rows.map((r) => r.year);
	const [chosen, other, amount] = [t('所选年度'), t('其他年度'), t('奖金总额')];
	const data = rows.map((r) => ({
		...r,
		current: r.year === year ? chosen : other,
		amount: t('{amount} 万元', { amount: wan.format(r.total / 10000) })
	}));
	return {
		title: t('历年奖金总额'),
		width: 480,
		height: 220,
		marginLeft: 52,
		style: { fontSize: '12px' },
		ariaLabel: t('历年奖金总额柱状图'),
		x: { type: 'band', domain: years, label: null, tickFormat: (y: number) => `${y}`, padding: 0.2 },
		y: { label: t('万元'), grid: true, tickFormat: wanTick, labelArrow: 'none' },
		color: { domain: [chosen, other], range: ['#2f6fb3', '#a9c1dd'] },
		marks: [
			Plot.barY(data, {
				x: 'year',
				y: 'total',
				fill: 'current',
				channels: { [amount]: 'amount' },
				tip: { lineHeight: 1.4, format: { x: (y: number) => t('{year} 年', { year: y }), y: false, fill: false, [amount]: true } }
			}),
			Plot.ruleY([0])
		]
	};
}

