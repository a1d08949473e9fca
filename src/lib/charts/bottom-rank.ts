// The "连续两年后两名" chart: per category (区级部门 / 街道镇乡), the rank from the bottom of the
// pool (bottom_rank, 1 = last) of every unit that was ever in the bottom two, year by year, as
// thin lines on a log scale (so the bottom ranks get room). The bottom-two zone is shaded; a year
// in the bottom two is a red dot, and two consecutive years in it (a run that raises an alert) are
// joined by a thick red link labelled with the unit's name. A unit's line, dots, run links and
// label link to its page (/units/<id>): Plot wraps them in SVG <a> elements (the href channel), so
// a click leads there in the server-rendered SVG too, without script. Pure: rows in
// (queries/site/bottom-two/history.sql), Plot options out; text in the page's language through `t`.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { unitHref, unitLinks } from './unit-links.js';
import { CATEGORY_LABELS } from '../labels.js';
import { CATEGORIES } from '../vocabulary/index.js';
import { translator, type T } from '../i18n/index.js';
import type { QueryRow } from '../warehouse/typed.js';

/** One row of queries/site/bottom-two/history.sql. */
export type BottomRankRow = Omit<QueryRow<'site/bottom-two/history'>, 'group_id' | 'group_name' | 'target_score'> &
	Partial<Pick<QueryRow<'site/bottom-two/history'>, 'group_name' | 'target_score'>>;

export const RUN_COLOR = '#cf222e';
const LINE_COLOR = '#9aa4ae';

/** The pairs of consecutive years (Y−1, Y) in which a unit was in the bottom two both times (category: its code). */
export function bottomTwoRuns(rows: BottomRankRow[]) {
	const byKey = new Map(rows.map((r) => [`${r.unit_id}|${r.year}`, r]));
	return rows
		.filter((r) => r.in_bottom_two && byKey.get(`${r.unit_id}|${r.year - 1}`)?.in_bottom_two)
		.map((r) => {
			const prev = byKey.get(`${r.unit_id}|${r.year - 1}`)!;
			return {
				unit_id: r.unit_id,
				name: r.name,
				category: r.category,
				x1: prev.year,
				y1: prev.bottom_rank,
				x2: r.year,
				y2: r.bottom_rank
			};
		});
}

export function bottomRankOptions(rows: BottomRankRow[], selectedYear?: number, t: T = translator('zh')): PlotOptions {
	const categoryLabel = (c: string) => t(CATEGORY_LABELS[c] ?? c);
	const points = rows.map((r) => ({
		...r,
		categoryLabel: categoryLabel(r.category),
		status: r.in_bottom_two ? t('后两名') : '—',
		pool: `${r.bottom_rank} / ${r.pool_size}`,
		href: unitHref(r.unit_id)
	}));
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const categories = [...new Set(rows.map((r) => r.category))]
		.sort((a, b) => CATEGORIES.order(a) - CATEGORIES.order(b) || a.localeCompare(b))
		.map(categoryLabel);
	const maxRank = Math.max(2, ...points.map((p) => p.bottom_rank));
	// The shaded zone per category and year: ranks 1..bottom_two_size of that year's policy.
	const zones = [...new Map(points.map((p) => [`${p.categoryLabel}|${p.year}`, p])).values()].map((p) => ({
		categoryLabel: p.categoryLabel,
		x1: p.year - 0.5,
		x2: p.year + 0.5,
		y1: 0.8,
		y2: p.bottom_two_size + 0.5
	}));
	const runs = bottomTwoRuns(rows).map((r) => ({ ...r, categoryLabel: categoryLabel(r.category), href: unitHref(r.unit_id) }));
	// One label per run, at its last year: the run of a unit over three years is labelled once.
	const runEnds = runs.filter((r) => !runs.some((o) => o.unit_id === r.unit_id && o.x1 === r.x2));
	const seriesOf = (p: { unit_id: string }) => p.unit_id;
	// The tip's rows, named in the page's language.
	const unit = t('单位');
	const rank = t('倒数名次');
	const status = t('状态');
	return {
		width: 900,
		height: Math.max(1, categories.length) * 280 + 60,
		marginLeft: 56,
		marginRight: 110,
		marginBottom: 40,
		style: { fontSize: '12px' },
		ariaLabel: t('倒数名次变化图'),
		x: {
			label: t('年度'),
			labelAnchor: 'center',
			labelArrow: 'none',
			domain: years.length === 1 ? [years[0]! - 1, years[0]! + 1] : [years[0] ?? 0, years.at(-1) ?? 1],
			ticks: years,
			tickFormat: (y: number) => `${y}`,
			inset: 16
		},
		y: {
			type: 'log',
			domain: [0.8, maxRank * 1.1],
			label: t('倒数名次（1 = 最后一名）'),
			labelArrow: 'none',
			ticks: [1, 2, 3, 5, 10, 20, 50, 100].filter((t) => t <= maxRank * 1.1),
			tickFormat: (v: number) => `${v}`,
			grid: true
		},
		fy: { label: null, domain: categories, axis: null },
		marks: [
			// The categories' names on the right, wrapped within the margin (English names are long).
			Plot.axisFy({ anchor: 'right', label: null, lineWidth: 7.5, tickSize: 0 }),
			Plot.rect(zones, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fy: 'categoryLabel', fill: RUN_COLOR, fillOpacity: 0.08 }),
			Plot.line(points, {
				x: 'year',
				y: 'bottom_rank',
				z: seriesOf,
				fy: 'categoryLabel',
				stroke: LINE_COLOR,
				strokeWidth: 1,
				strokeOpacity: 0.8,
				href: 'href',
				render: unitLinks(true),
				ariaLabel: 'name'
			}),
			Plot.link(runs, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', fy: 'categoryLabel', stroke: RUN_COLOR, strokeWidth: 3.5, href: 'href', render: unitLinks(false) }),
			...(selectedYear !== undefined ? [Plot.ruleX([selectedYear], { stroke: '#2f6fb3', strokeDasharray: '4,3' })] : []),
			Plot.dot(
				points.filter((p) => !p.in_bottom_two),
				{ x: 'year', y: 'bottom_rank', fy: 'categoryLabel', r: 2.5, fill: LINE_COLOR }
			),
			Plot.dot(
				points.filter((p) => p.in_bottom_two),
				{ x: 'year', y: 'bottom_rank', fy: 'categoryLabel', r: 4.5, fill: RUN_COLOR, stroke: 'white' }
			),
			// Tips for every point, from an invisible layer on top; a click on a point leads to the unit.
			Plot.dot(points, {
				x: 'year',
				y: 'bottom_rank',
				fy: 'categoryLabel',
				r: 6,
				fill: 'transparent',
				href: 'href',
				render: unitLinks(false),
				ariaLabel: (p: (typeof points)[number]) => `${p.name} ${t('{year} 年', { year: p.year })}`,
				channels: { [unit]: 'name', [rank]: 'pool', [status]: 'status' },
				tip: {
					lineHeight: 1.4,
					format: { [unit]: true, x: (y: number) => t('{year} 年', { year: y }), [rank]: true, [status]: true, y: false, fy: false }
				}
			}),
			Plot.text(runEnds, { x: 'x2', y: 'y2', fy: 'categoryLabel', text: 'name', href: 'href', render: unitLinks(false), textAnchor: 'start', dx: 7, fill: RUN_COLOR, fontWeight: 700, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' })
		]
	};
}
