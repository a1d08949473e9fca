// The "分组排名" chart of one group: a horizontal bar per unit, in rank order (target score,
// descending), from 0 (a bar's length is its score: an axis starting near the lowest score would
// make a gap of two points look like a unit's half), coloured by the unit's grade with the site's grade colours (labels.ts), the score at
// the bar's end, and the policy's grade thresholds (达标 / 基本达标 lines). Every bar and unit name
// links to the unit's page (/units/<id>): Plot wraps the marks in SVG <a> elements (the
// href channel), so the links work in the server-rendered SVG without script too. Pure: rows in
// (queries/site/rankings/units.sql), Plot options out; rendered on the server by render.ts and again in
// the browser by Chart.svelte. Text in the page's language through `t`.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { unitHref, unitLinks } from './unit-links.js';
import { UNIT_GRADE_COLORS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER } from '../labels.js';
import { formats } from '../format.js';
import { translator, type T } from '../i18n/index.js';

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
	/** The year's policy thresholds (unit_grades.qualified_min / basic_min), drawn as lines. */
	qualifiedMin?: number | null;
	basicMin?: number | null;
	width?: number;
	/** The numbers' locale (zh-CN unless given). */
	locale?: string;
}

const ROW_HEIGHT = 20;
const FONT_SIZE = 12;
/** Below this width (a phone) the names and scores get narrower margins, long names an ellipsis. */
const NARROW = 520;

/**
 * The thresholds' labels above the chart. Two of them lean apart (the lower to the left of its
 * line, the higher to the right), so they never overlap, however close the lines on a narrow chart.
 */
function thresholdLabels(thresholds: { x: number; label: string }[]) {
	const low = Math.min(...thresholds.map((th) => th.x));
	const style = { x: 'x', text: 'label', frameAnchor: 'top', dy: -16, fill: '#59636e', fontSize: 11 } as const;
	if (thresholds.length < 2) return [Plot.text(thresholds, style)];
	return [
		Plot.text(thresholds.filter((th) => th.x === low), { ...style, textAnchor: 'end', dx: -3 }),
		Plot.text(thresholds.filter((th) => th.x !== low), { ...style, textAnchor: 'start', dx: 3 })
	];
}

/** `name` cut to `chars` characters, the last of them an ellipsis, when it is longer. */
function fit(name: string, chars: number): string {
	const all = [...name];
	return all.length > chars ? `${all.slice(0, chars - 1).join('')}…` : name;
}

export function groupRankingOptions(rows: GroupRankingRow[], settings: GroupRankingSettings, t: T = translator('zh')): PlotOptions {
	const width = settings.width ?? 640;
	const narrow = width < NARROW;
	const marginLeft = narrow ? 108 : 150;
	// On a phone, the characters of a name that fit the margin, a Chinese character being 1 em wide
	// (Plot's own text wrapping counts it as a Latin letter, about half that). Wider, a name is
	// written whole: the margin holds the district's names, and the name stays the link's text.
	const nameChars = narrow ? Math.floor((marginLeft - 12) / FONT_SIZE) : Infinity;
	const f = formats(settings.locale);
	const gradeLabel = (g: string) => t(UNIT_GRADE_LABELS[g as keyof typeof UNIT_GRADE_LABELS] ?? g);
	const bars = rows.map((r) => ({
		unit_id: r.unit_id,
		name: r.name,
		target: r.target_score,
		rank: r.rank_in_group,
		grade: gradeLabel(r.grade),
		composite: f.score(r.composite_score),
		label: `${f.score(r.target_score)}${r.vetoed ? ` ${t('否决')}` : ''}`,
		href: unitHref(r.unit_id)
	}));
	const names = new Map(bars.map((b) => [b.unit_id, b.name]));
	const thresholds = [
		settings.qualifiedMin != null ? { x: settings.qualifiedMin, label: `${t('达标')} ${settings.qualifiedMin}` } : null,
		settings.basicMin != null ? { x: settings.basicMin, label: `${t('基本达标')} ${settings.basicMin}` } : null
	].filter((th): th is { x: number; label: string } => th !== null && th.x > 0);
	// The tip's rows, named in the page's language.
	const unit = t('单位');
	const rank = t('名次');
	const composite = t('综合得分');
	const ariaLabel = (b: (typeof bars)[number]) => `${b.name} ${f.score(b.target)}`;
	return {
		width,
		height: Math.max(92, bars.length * ROW_HEIGHT + 60),
		marginLeft,
		marginRight: narrow ? 60 : 72,
		marginTop: 24,
		marginBottom: 40,
		style: { fontSize: `${FONT_SIZE}px` },
		ariaLabel: t('{group}目标考核得分条形图', { group: settings.groupName }),
		x: { label: t('目标考核得分'), domain: [0, 100], grid: true, labelArrow: 'none', labelAnchor: 'center', labelOffset: 34 },
		y: { label: null, domain: bars.map((b) => b.unit_id), padding: 0.2, axis: null },
		color: {
			domain: UNIT_GRADE_ORDER.map((g) => gradeLabel(g)),
			range: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_COLORS[g]!),
			label: t('等次')
		},
		marks: [
			// The unit names on the left, each a link to the unit (no tick lines: they would be links too).
			Plot.axisY({
				tickFormat: (id: string) => fit(names.get(id) ?? id, nameChars),
				href: (id: string) => unitHref(id),
				render: unitLinks(true),
				tickSize: 0,
				tickPadding: 9
			}),
			Plot.barX(bars, {
				x1: 0,
				x2: 'target',
				y: 'unit_id',
				fill: 'grade',
				href: 'href',
				render: unitLinks(false),
				ariaLabel,
				channels: { [unit]: 'name', [rank]: 'rank', [composite]: 'composite' },
				tip: {
					lineHeight: 1.4,
					format: { [unit]: true, [rank]: true, x2: (v: number) => f.score(v), fill: true, [composite]: true, y: false, x1: false }
				}
			}),
			// The thresholds cross the bars; a score beside its bar stays readable over them (white halo).
			Plot.ruleX(thresholds, { x: 'x', stroke: '#59636e', strokeDasharray: '4,3' }),
			Plot.text(bars, { x: 'target', y: 'unit_id', text: 'label', textAnchor: 'start', dx: 4, fill: '#1f2328', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' }),
			...thresholdLabels(thresholds)
		]
	};
}
