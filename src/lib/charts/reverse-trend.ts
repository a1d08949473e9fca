// The "反向测评" chart of one subject (领导班子 or 领导干部): per year with reverse evaluation and per
// reverse aspect of that year's policy (its name), the mean share of participants who ticked the
// aspect, as lines with dots. Pure: rows in (queries/site/trends_reverse.sql), Plot options out.
// Every label goes through `t` (Chinese by default); the aspects keep the names the policy gives.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { translator, type T } from '../i18n/index.js';

/** One row of queries/site/trends_reverse.sql. */
export interface ReverseTrendRow {
	year: number;
	subject: 'team' | 'cadre';
	aspect_id: string;
	aspect_name: string;
	position: number;
	subjects: number; // units or cadres
	mean_share: number; // 0..1, rounded to 4
	flagged: number; // how many reached flag_share
}

export const REVERSE_SUBJECT_LABELS = { team: '领导班子', cadre: '领导干部' } as const;

const COLORS = ['#2f6fb3', '#e08a1e', '#3a9a5b', '#c0392b', '#8e44ad', '#7f6a4d', '#d35fa4', '#5f6b78', '#17a2b8', '#b5a000'];

export function reverseTrendOptions(rows: ReverseTrendRow[], subject: 'team' | 'cadre', t: T = translator('zh')): PlotOptions {
	const points = rows.filter((r) => r.subject === subject);
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	// Aspects in the policy's order (by the latest position seen), named as the policy names them.
	const order = new Map<string, number>();
	for (const p of points) order.set(p.aspect_name, p.position);
	const domain = [...order.keys()].sort((a, b) => order.get(a)! - order.get(b)! || a.localeCompare(b, 'zh-CN'));
	const team = subject === 'team';
	const flagged = t('达到预警线');
	return {
		title: team ? t('领导班子反向测评') : t('领导干部反向测评'),
		subtitle: team
			? t('各年度每个反向测评项目的平均勾选比例（勾选人数 ÷ 参评人数，各班子平均；纵轴不从 0 开始）')
			: t('各年度每个反向测评项目的平均勾选比例（勾选人数 ÷ 参评人数，各干部平均；纵轴不从 0 开始）'),
		width: 720,
		height: 320,
		marginLeft: 48,
		marginRight: 24,
		marginBottom: 52,
		style: { fontSize: '12px' },
		ariaLabel: team ? t('领导班子反向测评平均勾选比例折线图') : t('领导干部反向测评平均勾选比例折线图'),
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
		y: { label: t('平均勾选比例（%）'), percent: true, grid: true, nice: true, labelArrow: 'none' },
		color: { legend: true, label: t('项目'), domain, range: COLORS.slice(0, Math.max(domain.length, 1)), style: { fontSize: '13px' } } as Plot.ScaleOptions,
		marks: [
			Plot.lineY(points, { x: 'year', y: 'mean_share', stroke: 'aspect_name', z: 'aspect_name', strokeWidth: 1.8 }),
			Plot.dot(points, {
				x: 'year',
				y: 'mean_share',
				fill: 'aspect_name',
				r: 3,
				stroke: 'white',
				channels: { [flagged]: 'flagged' },
				tip: {
					lineHeight: 1.4,
					format: { x: (y: number) => t('{year} 年', { year: y }), y: (v: number) => `${(v * 100).toFixed(2)}%`, fill: true, [flagged]: true }
				}
			})
		]
	};
}
