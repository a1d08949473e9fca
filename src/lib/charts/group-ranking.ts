// The "分组排名" chart of one group: a horizontal bar per unit, in rank order (target score,
// descending), coloured by the unit's grade with the site's grade colours (labels.ts), the score at
// the bar's end, and the policy's grade thresholds (达标 / 基本达标 lines). Pure: rows in
// (queries/site/rankings.sql), Plot options out; rendered on the server by render.ts and again in
// the browser by Chart.svelte.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { UNIT_GRADE_LABELS, unitGradeScale } from '../labels.js';

/** The columns of a rankings row the chart uses. */
export interface GroupRankingRow {
	unit_id: string;
	name: string;
	target_score: number;
	composite_score: number | null;
	rank_in_group: number;
	grade: string;
	vetoed: boolean;
}

export interface GroupRankingSettings {
	/** The group's name, the chart's accessible label. */
	groupName: string;
	/** The x axis's lower end, shared by the groups of a year so their bars compare. */
	xMin: number;
	/** The year's policy thresholds (unit_grades.qualified_min / basic_min), drawn as lines. */
	qualifiedMin?: number | null;
	basicMin?: number | null;
	width?: number;
}

const ROW_HEIGHT = 20;

/** The x axis's lower end for a year's scores: 5 below the lowest score, on a multiple of 5, ≥ 0. */
export function rankingXMin(scores: number[], thresholds: (number | null | undefined)[] = []): number {
	const all = [...scores, ...thresholds.filter((t): t is number => typeof t === 'number')];
	if (all.length === 0) return 0;
	return Math.max(0, Math.floor(Math.min(...all) / 5) * 5 - 5);
}

const score = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function groupRankingOptions(rows: GroupRankingRow[], settings: GroupRankingSettings): PlotOptions {
	const { xMin } = settings;
	const bars = rows.map((r) => ({
		unit_id: r.unit_id,
		name: r.name,
		target: r.target_score,
		rank: r.rank_in_group,
		grade: UNIT_GRADE_LABELS[r.grade as keyof typeof UNIT_GRADE_LABELS] ?? r.grade,
		composite: r.composite_score === null ? '—' : score.format(r.composite_score),
		label: `${score.format(r.target_score)}${r.vetoed ? ' 否决' : ''}`
	}));
	const names = new Map(bars.map((b) => [b.unit_id, b.name]));
	const thresholds = [
		settings.qualifiedMin != null ? { x: settings.qualifiedMin, label: `达标 ${settings.qualifiedMin}` } : null,
		settings.basicMin != null ? { x: settings.basicMin, label: `基本达标 ${settings.basicMin}` } : null
	].filter((t): t is { x: number; label: string } => t !== null && t.x > xMin);
	return {
		width: settings.width ?? 640,
		height: Math.max(92, bars.length * ROW_HEIGHT + 60),
		marginLeft: 150,
		marginRight: 72,
		marginTop: 24,
		marginBottom: 40,
		style: { fontSize: '12px' },
		ariaLabel: `${settings.groupName}目标考核得分条形图`,
		x: { label: '目标考核得分', domain: [xMin, 100], grid: true, labelArrow: 'none', labelAnchor: 'center', labelOffset: 34 },
		y: {
			label: null,
			domain: bars.map((b) => b.unit_id),
			tickFormat: (id: string) => names.get(id) ?? id,
			padding: 0.2
		},
		color: { ...unitGradeScale(), label: '等次' },
		marks: [
			Plot.barX(bars, {
				x1: xMin,
				x2: 'target',
				y: 'unit_id',
				fill: 'grade',
				channels: { 单位: 'name', 名次: 'rank', 综合得分: 'composite' },
				tip: {
					lineHeight: 1.4,
					format: { 单位: true, 名次: true, x2: (v: number) => score.format(v), fill: true, 综合得分: true, y: false, x1: false }
				}
			}),
			Plot.text(bars, { x: 'target', y: 'unit_id', text: 'label', textAnchor: 'start', dx: 4, fill: '#1f2328' }),
			Plot.ruleX(thresholds, { x: 'x', stroke: '#59636e', strokeDasharray: '4,3' }),
			Plot.text(thresholds, { x: 'x', text: 'label', frameAnchor: 'top', dy: -16, fill: '#59636e', fontSize: 11 })
		]
	};
}
