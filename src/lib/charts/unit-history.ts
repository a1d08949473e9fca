// The unit dossier's chart (单位档案): the unit's target score (目标考核得分) year by year as a line,
// a dot per year in the colour of that year's grade (labels.ts), and the rank in its group written
// above each dot ("3/40" = 3rd of 40). A year of the warehouse in which the unit was not assessed
// breaks the line and is marked at the foot of the chart. Pure: rows in
// (queries/site/units/years.sql), Plot options out; every label goes through `t`.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { UNIT_GRADE_COLORS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER } from '../labels.js';
import { translator, type T } from '../i18n/index.js';

/** The columns of a unit_years row the chart uses. */
export interface UnitHistoryRow {
	year: number;
	target_score: number;
	rank_in_group: number;
	group_size: number;
	grade: string;
	vetoed: boolean;
}

const score = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The y axis's range: the scores with room for the rank labels, on multiples of 5, within 0..100. */
export function historyDomain(values: number[]): [number, number] {
	if (values.length === 0) return [0, 100];
	const lo = Math.max(0, Math.floor((Math.min(...values) - 2) / 5) * 5);
	const hi = Math.min(100, Math.ceil((Math.max(...values) + 2) / 5) * 5);
	return hi > lo ? [lo, hi] : [Math.max(0, hi - 5), hi];
}

/**
 * `rows`: the years the unit was assessed; `years`: every year of the warehouse (the x axis), so a
 * year without the unit shows as a gap.
 */
export function unitHistoryOptions(rows: UnitHistoryRow[], years: number[], t: T = translator('zh')): PlotOptions {
	const gradeLabel = (g: string) => {
		const zh = (UNIT_GRADE_LABELS as Record<string, string>)[g];
		return zh ? t(zh) : g;
	};
	const byYear = new Map(rows.map((r) => [r.year, r]));
	const allYears = [...new Set([...years, ...rows.map((r) => r.year)])].sort((a, b) => a - b);
	// One entry per year of the axis; an absent year has no score, which breaks the line.
	const line = allYears.map((year) => ({ year, target: byYear.get(year)?.target_score ?? NaN }));
	const points = rows.map((r) => ({
		year: r.year,
		target: r.target_score,
		grade: gradeLabel(r.grade),
		rankLabel: `${r.rank_in_group}/${r.group_size}`,
		scoreText: `${score.format(r.target_score)}${r.vetoed ? ` ${t('一票否决')}` : ''}`
	}));
	const [lo, hi] = historyDomain(rows.map((r) => r.target_score));
	const absent = allYears.filter((y) => !byYear.has(y)).map((year) => ({ year, y: lo }));
	const grades = { domain: UNIT_GRADE_ORDER.map(gradeLabel), range: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_COLORS[g]!) };
	const first = allYears[0] ?? 0;
	const last = allYears.at(-1) ?? 1;
	return {
		width: 640,
		height: 240,
		marginLeft: 48,
		marginRight: 24,
		marginTop: 28,
		marginBottom: 40,
		style: { fontSize: '12px' },
		ariaLabel: t('历年目标考核得分和组内名次图'),
		x: {
			label: t('年度'),
			labelAnchor: 'center',
			labelArrow: 'none',
			domain: first === last ? [first - 1, last + 1] : [first, last],
			ticks: allYears,
			tickFormat: (y: number) => `${y}`,
			inset: 20
		},
		y: { label: t('目标考核得分'), labelArrow: 'none', domain: [lo, hi], grid: true },
		color: { ...grades, label: t('等次') },
		marks: [
			Plot.line(line, { x: 'year', y: 'target', stroke: '#9aa4ae', strokeWidth: 1.5 }),
			Plot.dot(points, {
				x: 'year',
				y: 'target',
				r: 5,
				fill: 'grade',
				stroke: 'white',
				channels: { [t('目标考核得分')]: 'scoreText', [t('组内名次')]: 'rankLabel', [t('等次')]: 'grade' },
				tip: {
					lineHeight: 1.4,
					format: { x: (y: number) => t('{year} 年', { year: y }), y: false, fill: false, [t('目标考核得分')]: true, [t('组内名次')]: true, [t('等次')]: true }
				}
			}),
			Plot.text(points, { x: 'year', y: 'target', text: 'rankLabel', dy: -12, fill: 'currentColor', fontSize: 11 }),
			Plot.text(absent, { x: 'year', y: 'y', text: () => t('未考核'), dy: -6, fill: '#9aa4ae', fontSize: 11 })
		]
	};
}
