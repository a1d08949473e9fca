// The rewards (奖励分配) charts. rewardDistributionOptions: one year's total bonus (综合目标考核奖) of
// every unit as a bar, sorted from the largest, coloured by the unit's grade (labels.ts), one panel
// per category. rewardTotalsOptions: the district's total bonus per year, a small bar chart.
// Pure: rows in (queries/site/rewards_units.sql, rewards_years.sql), Plot options out. Every label
// goes through `t` (Chinese by default): amounts in 元 / 万元, "yuan" / "10k yuan" in English.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORY_LABELS, UNIT_GRADE_COLORS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER } from '../labels.js';
import { translator, type T } from '../i18n/index.js';
import { numberFormat } from '../format.js';

/** The fields of a row of queries/site/rewards_units.sql the chart uses. */
export interface RewardUnitRow {
	unit_id: string;
	name: string;
	category: string;
	grade: string;
	staff: number;
	total_bonus: number;
}

/** The fields of a row of queries/site/rewards_years.sql the chart uses. */
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

