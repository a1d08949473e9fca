// The "满票率及其置信区间" chart of the 评议质量 page: per year and group, the share of teams whose
// ballots were all 好 (a dot) with its Wilson interval (a vertical bar): a rise smaller than the
// bars may be chance. Pure: rows in (queries/quality/agreement.sql), Plot options out.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { translator, type T } from '../i18n/index.js';
import { yearAxis, type AgreementRow } from './agreement-trend.js';

export function unanimityIntervalOptions(rows: AgreementRow[], t: T = translator('zh')): PlotOptions {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const group = (r: AgreementRow) => r.group_name;
	// The groups side by side within a year, so their bars do not hide one another.
	const groups = [...new Set(rows.map(group))];
	const x = (r: AgreementRow) => r.year + (groups.indexOf(group(r)) - (groups.length - 1) / 2) * 0.12;
	return {
		title: t('满票率及其置信区间'),
		subtitle: t('各考核组领导班子“好”满票率，竖线为 Wilson 置信区间'),
		width: 720,
		height: 320,
		marginLeft: 48,
		marginBottom: 44,
		style: { fontSize: '12px' },
		ariaLabel: t('满票率置信区间图'),
		x: yearAxis(years, t),
		y: { label: t('满票率（%）'), percent: true, domain: [0, 100], grid: true },
		color: { legend: true, label: t('考核组') } as Plot.ScaleOptions,
		marks: [
			Plot.ruleY([0]),
			Plot.ruleX(rows, { x, y1: 'unanimous_low', y2: 'unanimous_high', stroke: group, strokeOpacity: 0.6, strokeWidth: 3 }),
			Plot.dot(rows, {
				x,
				y: 'unanimous_share',
				fill: group,
				r: 4,
				stroke: 'white',
				channels: { [t('满票')]: (r: AgreementRow) => `${r.unanimous} / ${r.units}` },
				tip: { lineHeight: 1.4, format: { x: (y: number) => t('{year} 年', { year: Math.round(y) }), y: (v: number) => v.toFixed(2), fill: true } }
			})
		]
	};
}
