// The rewards (奖励分配) charts. rewardDistributionOptions: one year's total bonus (综合目标考核奖) of
// every unit as a bar, sorted from the largest, coloured by the unit's grade (labels.ts), one panel
// per category. rewardTotalsOptions: the district's total bonus per year, a small bar chart.
// Pure: rows in (queries/site/rewards_units.sql, rewards_years.sql), Plot options out.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CATEGORY_LABELS, UNIT_GRADE_LABELS, unitGradeScale } from '../labels.js';

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

const gradeLabel = (g: string) => (UNIT_GRADE_LABELS as Record<string, string>)[g] ?? g;
const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const yuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
/** 万元 for an axis tick: 435793 → "43.6". */
const wanTick = (v: number) => wan.format(v / 10000);

export function rewardDistributionOptions(rows: RewardUnitRow[], year: number): PlotOptions {
	const categories = [
		...Object.keys(CATEGORY_LABELS).filter((c) => rows.some((r) => r.category === c)),
		...new Set(rows.map((r) => r.category).filter((c) => !(c in CATEGORY_LABELS)))
	];
	// Rank within the category: x is the place in the sorted list, so each panel starts at 1.
	const data = categories.flatMap((c) =>
		rows
			.filter((r) => r.category === c)
			.sort((a, b) => b.total_bonus - a.total_bonus || a.unit_id.localeCompare(b.unit_id))
			.map((r, i) => ({
				...r,
				place: i + 1,
				gradeLabel: gradeLabel(r.grade),
				categoryLabel: CATEGORY_LABELS[r.category] ?? r.category,
				amount: `${yuan.format(r.total_bonus)} 元`
			}))
	);
	const most = Math.max(1, ...categories.map((c) => rows.filter((r) => r.category === c).length));
	return {
		title: `${year} 年度各单位奖金总额`,
		subtitle: '每根柱为一个单位，按奖金总额从高到低排列，颜色为单位考核等次',
		width: 720,
		height: 110 + 180 * Math.max(1, categories.length),
		marginLeft: 52,
		marginRight: 72,
		style: { fontSize: '12px' },
		ariaLabel: `${year} 年度各单位奖金总额柱状图`,
		x: { type: 'band', domain: Array.from({ length: most }, (_, i) => i + 1), label: '单位（按奖金总额排序）', labelAnchor: 'center', labelArrow: 'none', ticks: [], padding: 0.15 },
		y: { label: '奖金总额（万元）', grid: true, tickFormat: wanTick, labelArrow: 'none' },
		fy: { label: null, domain: categories.map((c) => CATEGORY_LABELS[c] ?? c) },
		color: { legend: true, label: '等次', ...unitGradeScale(), style: { fontSize: '13px' } } as Plot.ScaleOptions,
		marks: [
			Plot.ruleY([0]),
			Plot.barY(data, {
				x: 'place',
				y: 'total_bonus',
				fy: 'categoryLabel',
				fill: 'gradeLabel',
				channels: { 单位: 'name', 奖金总额: 'amount', 编内人数: 'staff' },
				tip: { lineHeight: 1.4, format: { x: false, y: false, fy: false, 单位: true, fill: true, 奖金总额: true, 编内人数: true } }
			})
		]
	};
}

export function rewardTotalsOptions(rows: RewardYearRow[], year?: number): PlotOptions {
	const years = rows.map((r) => r.year);
	const data = rows.map((r) => ({ ...r, current: r.year === year ? '所选年度' : '其他年度', amount: `${wan.format(r.total / 10000)} 万元` }));
	return {
		title: '历年奖金总额',
		width: 480,
		height: 220,
		marginLeft: 52,
		style: { fontSize: '12px' },
		ariaLabel: '历年奖金总额柱状图',
		x: { type: 'band', domain: years, label: null, tickFormat: (y: number) => `${y}`, padding: 0.2 },
		y: { label: '万元', grid: true, tickFormat: wanTick, labelArrow: 'none' },
		color: { domain: ['所选年度', '其他年度'], range: ['#2f6fb3', '#a9c1dd'] },
		marks: [
			Plot.barY(data, {
				x: 'year',
				y: 'total',
				fill: 'current',
				channels: { 奖金总额: 'amount' },
				tip: { lineHeight: 1.4, format: { x: (y: number) => `${y} 年`, y: false, fill: false, 奖金总额: true } }
			}),
			Plot.ruleY([0])
		]
	};
}

