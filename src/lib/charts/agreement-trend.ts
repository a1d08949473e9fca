// The "目标与测评的一致性" chart of the 评议质量 page: per year and group (考核组), Spearman's rank
// correlation between the units' target scores and their teams' democratic scores, as lines with
// dots. Pure: rows in (queries/quality/agreement.sql), Plot options out; every label through `t`.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { translator, type T } from '../i18n/index.js';
import type { QueryRow } from '../warehouse/typed.js';

/** One row of queries/quality/agreement.sql. */
export type AgreementRow = QueryRow<'quality/agreement'>;

/** The years on the x axis: every year, with room around a single one. */
export function yearAxis(years: number[], t: T): Plot.ScaleOptions {
	return {
		label: t('年度'),
		labelAnchor: 'center',
		labelArrow: 'none',
		domain: years.length === 1 ? [years[0]! - 1, years[0]! + 1] : undefined,
		ticks: years,
		tickFormat: (y: number) => `${y}`,
		inset: 24
	};
}

export function agreementTrendOptions(rows: AgreementRow[], t: T = translator('zh')): PlotOptions {
	const points = rows.filter((r) => r.rho !== null);
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const group = (r: AgreementRow) => r.group_name;
	return {
		title: t('目标与测评的一致性'),
		subtitle: t('各考核组目标得分与班子民主测评得分的等级相关系数（1 为完全一致，0 为无关）'),
		width: 720,
		height: 320,
		marginLeft: 48,
		marginBottom: 44,
		style: { fontSize: '12px' },
		ariaLabel: t('目标与测评一致性折线图'),
		x: yearAxis(years, t),
		y: { label: t('等级相关系数'), domain: [-1, 1], grid: true },
		color: { legend: true, label: t('考核组') } as Plot.ScaleOptions,
		marks: [
			Plot.ruleY([0]),
			Plot.lineY(points, { x: 'year', y: 'rho', stroke: group, z: group, strokeWidth: 2 }),
			Plot.dot(points, {
				x: 'year',
				y: 'rho',
				fill: group,
				r: 4,
				stroke: 'white',
				tip: { lineHeight: 1.4, format: { x: (y: number) => t('{year} 年', { year: y }), y: (v: number) => v.toFixed(3), fill: true } }
			})
		]
	};
}
