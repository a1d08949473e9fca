// The cadre dossier's chart (干部考察档案): the cadre's composite score (综合得分) year by year as a
// line, a dot per year in the colour of that year's grade (labels.ts) with the grade written above
// it. A year of the cadre's span in which the warehouse does not hold the cadre breaks the line.
// Pure: rows in (queries/site/cadres/years.sql), Plot options out; every label goes through `t`.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { CADRE_GRADES, CADRE_GRADE_COLORS, CADRE_GRADE_ORDER } from '../labels.js';
import { translator, type T } from '../i18n/index.js';
import { historyDomain } from './unit-history.js';

/** The columns of a cadre_years row the chart uses. */
export interface CadreHistoryRow {
	year: number;
	composite_score: number;
	grade: string;
	unit_name: string | null;
}

const score = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function cadreHistoryOptions(rows: CadreHistoryRow[], t: T = translator('zh')): PlotOptions {
	const gradeLabel = (g: string) => {
		const zh = (CADRE_GRADES as Record<string, string>)[g];
		return zh ? t(zh) : g;
	};
	const byYear = new Map(rows.map((r) => [r.year, r]));
	const present = rows.map((r) => r.year).sort((a, b) => a - b);
	const first = present[0] ?? 0;
	const last = present.at(-1) ?? 1;
	// Every year from the first to the last; a year without the cadre breaks the line.
	const span = present.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
	const line = span.map((year) => ({ year, composite: byYear.get(year)?.composite_score ?? NaN }));
	const points = rows.map((r) => ({
		year: r.year,
		composite: r.composite_score,
		grade: gradeLabel(r.grade),
		scoreText: score.format(r.composite_score),
		unit: r.unit_name ?? ''
	}));
	const [lo, hi] = historyDomain(rows.map((r) => r.composite_score));
	const grades = { domain: CADRE_GRADE_ORDER.map(gradeLabel), range: CADRE_GRADE_ORDER.map((g) => CADRE_GRADE_COLORS[g]!) };
	return {
		width: 640,
		height: 240,
		marginLeft: 48,
		marginRight: 24,
		marginTop: 28,
		marginBottom: 40,
		style: { fontSize: '12px' },
		ariaLabel: t('历年综合得分和等次图'),
		x: {
			label: t('年度'),
			labelAnchor: 'center',
			labelArrow: 'none',
			domain: first === last ? [first - 1, last + 1] : [first, last],
			ticks: span,
			tickFormat: (y: number) => `${y}`,
			inset: 20
		},
		y: { label: t('综合得分'), labelArrow: 'none', domain: [lo, hi], grid: true },
		color: { ...grades, label: t('等次') },
		marks: [
			Plot.line(line, { x: 'year', y: 'composite', stroke: '#9aa4ae', strokeWidth: 1.5 }),
			Plot.dot(points, {
				x: 'year',
				y: 'composite',
				r: 5,
				fill: 'grade',
				stroke: 'white',
				channels: { [t('综合得分')]: 'scoreText', [t('等次')]: 'grade', [t('单位')]: 'unit' },
				tip: {
					lineHeight: 1.4,
					format: { x: (y: number) => t('{year} 年', { year: y }), y: false, fill: false, [t('综合得分')]: true, [t('等次')]: true, [t('单位')]: true }
				}
			}),
			Plot.text(points, { x: 'year', y: 'composite', text: 'grade', dy: -12, fill: 'grade', fontSize: 11, fontWeight: 700 })
		]
	};
}
