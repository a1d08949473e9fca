// The "反向测评" chart of one subject (领导班子 or 领导干部): per year with reverse evaluation and per
// reverse aspect of that year's policy (its name), the mean share of participants who ticked the
// aspect, as lines with dots. Pure: rows in (queries/site/trends/reverse.sql), Plot options out.
// Every label goes through `t` (Chinese by default); the aspects keep the names the policy gives.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { translator, type T } from '../i18n/index.js';
import type { QueryRow } from '../warehouse/typed.js';

/** One row of queries/site/trends/reverse.sql. */
export type ReverseTrendRow = QueryRow<'site/trends/reverse'>;

/** The line and dots of every panel. */
const LINE_COLOR = '#2f6fb3';
/** Panels per row, and each panel's height in pixels. */
const COLUMNS = 3;
const PANEL_HEIGHT = 120;

export function reverseTrendOptions(rows: ReverseTrendRow[], subject: 'team' | 'cadre', t: T = translator('zh')): PlotOptions {
	const points = rows.filter((r) => r.subject === subject);
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	// Aspects in the policy's order (by the latest position seen), named as the policy names them.
	const order = new Map<string, number>();
	for (const p of points) order.set(p.aspect_name, p.position);
	const aspects = [...order.keys()].sort((a, b) => order.get(a)! - order.get(b)! || a.localeCompare(b, 'zh-CN'));
	// One small panel per aspect, COLUMNS to a row, sharing both axes: seven lines in one panel
	// would be a tangle that no legend untangles.
	const columns = Math.max(1, Math.min(COLUMNS, aspects.length));
	const place = new Map(aspects.map((a, i) => [a, { col: i % columns, row: Math.floor(i / columns) }]));
	const data = points.map((p) => ({ ...p, ...place.get(p.aspect_name)! }));
	const panels = aspects.map((a) => ({ aspect_name: a, ...place.get(a)! }));
	const panelRows = Math.max(1, Math.ceil(aspects.length / columns));
	// Every year on the axis while they fit in a panel, else every other one.
	const ticks = years.length > 8 ? years.filter((_, i) => i % 2 === 0) : years;
	const team = subject === 'team';
	const [aspect, flagged] = [t('项目'), t('达到预警线')];
	return {
		title: team ? t('领导班子反向测评') : t('领导干部反向测评'),
		subtitle: team
			? t('各年度每个反向测评项目的平均勾选比例（勾选人数 ÷ 参评人数，各班子平均；纵轴不从 0 开始）')
			: t('各年度每个反向测评项目的平均勾选比例（勾选人数 ÷ 参评人数，各干部平均；纵轴不从 0 开始）'),
		width: 900,
		height: panelRows * PANEL_HEIGHT + 110,
		marginLeft: 48,
		marginRight: 24,
		marginTop: 44,
		marginBottom: 52,
		style: { fontSize: '12px' },
		ariaLabel: team ? t('领导班子反向测评平均勾选比例折线图') : t('领导干部反向测评平均勾选比例折线图'),
		fx: { axis: null, padding: 0.14 },
		fy: { axis: null, padding: 0.3 },
		x: {
			label: t('年度'),
			labelAnchor: 'center',
			labelOffset: 44,
			labelArrow: 'none',
			domain: years.length === 1 ? [years[0]! - 1, years[0]! + 1] : undefined,
			ticks,
			tickFormat: (y: number) => `${y}`,
			inset: 12
		},
		y: { label: t('平均勾选比例（%）'), percent: true, grid: true, nice: true, labelArrow: 'none', ticks: 4 },
		marks: [
			// Each panel's aspect, above its frame.
			Plot.text(panels, { fx: 'col', fy: 'row', text: 'aspect_name', frameAnchor: 'top-left', lineAnchor: 'bottom', dy: -8, fontSize: 13, fontWeight: 700, fill: '#1f2328' }),
			Plot.frame({ stroke: '#d1d9e0', anchor: 'bottom' }),
			Plot.lineY(data, { x: 'year', y: 'mean_share', fx: 'col', fy: 'row', stroke: LINE_COLOR, strokeWidth: 1.8 }),
			Plot.dot(data, {
				x: 'year',
				y: 'mean_share',
				fx: 'col',
				fy: 'row',
				fill: LINE_COLOR,
				r: 3,
				stroke: 'white',
				channels: { [aspect]: 'aspect_name', [flagged]: 'flagged' },
				tip: {
					lineHeight: 1.4,
					format: { [aspect]: true, x: (y: number) => t('{year} 年', { year: y }), y: (v: number) => `${(v * 100).toFixed(2)}%`, [flagged]: true, fx: false, fy: false }
				}
			})
		]
	};
}
