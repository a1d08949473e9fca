// The overview's year-against-year table (与上年对比): the chosen year against the one before, per
// category and for the whole district, one line per figure with both years and the change. Pure:
// rows of queries/site/overview/year_diff.sql and grade_counts.sql in, lines out (numbers;
// the page formats them by `kind`).
import { CATEGORY_LABELS, UNIT_GRADE_ORDER } from '../labels';
import type { QueryRow } from '../warehouse/typed';

/** One row of queries/site/overview/year_diff.sql (category null: the whole district). */
export type YearFiguresRow = QueryRow<'site/overview/year_diff'>;

type GradeCountRow = QueryRow<'site/overview/grade_counts'>;

export type FigureKind = 'count' | 'score' | 'money';

export interface DiffLine {
	key: string;
	/** The figure's Chinese name (translated by the page; `{grade}` is the line's grade). */
	figure: string;
	/** The category (null: the whole district). */
	category: string | null;
	kind: FigureKind;
	/** A unit grade, for the lines counting one (its swatch). */
	grade?: string;
	prev: number | null;
	cur: number | null;
	/** cur − prev, null when either is missing. */
	change: number | null;
}

const FIGURES: { key: keyof YearFiguresRow; figure: string; kind: FigureKind }[] = [
	{ key: 'units', figure: '考核单位数', kind: 'count' },
	{ key: 'target_mean', figure: '目标考核平均得分', kind: 'score' },
	{ key: 'composite_mean', figure: '综合平均得分', kind: 'score' },
	{ key: 'vetoed', figure: '一票否决单位数', kind: 'count' },
	{ key: 'bottom_two', figure: '列后两名单位数', kind: 'count' },
	{ key: 'total_bonus', figure: '奖金总额', kind: 'money' },
	{ key: 'per_capita', figure: '人均奖金', kind: 'money' }
];

/**
 * The lines of the table: for the district and each category (in CATEGORY_LABELS' order, then any
 * other), the figures, then the units of each grade. A year without data gives nulls.
 */
export function yearDiff(figures: YearFiguresRow[], gradesNow: GradeCountRow[], gradesBefore: GradeCountRow[] | null, year: number): DiffLine[] {
	const cats = [null, ...Object.keys(CATEGORY_LABELS), ...new Set(figures.map((r) => r.category).filter((c): c is string => c !== null && !(c in CATEGORY_LABELS)))];
	const row = (y: number, c: string | null) => figures.find((r) => r.year === y && r.category === c);
	const graded = (rows: GradeCountRow[] | null, c: string | null, g: string) =>
		rows === null ? null : rows.filter((r) => r.grade === g && (c === null || r.category === c)).reduce((n, r) => n + r.units, 0);
	const line = (key: string, figure: string, category: string | null, kind: FigureKind, prev: number | null, cur: number | null, grade?: string): DiffLine => ({
		key: `${category ?? 'all'}:${key}`,
		figure,
		category,
		kind,
		...(grade ? { grade } : {}),
		prev,
		cur,
		change: prev === null || cur === null ? null : cur - prev
	});
	const lines: DiffLine[] = [];
	for (const c of cats) {
		const now = row(year, c);
		const before = row(year - 1, c);
		if (!now && !before) continue;
		for (const f of FIGURES) {
			const v = (r: YearFiguresRow | undefined) => (r ? (r[f.key] as number | null) : null);
			lines.push(line(f.key, f.figure, c, f.kind, v(before), v(now)));
		}
		for (const g of UNIT_GRADE_ORDER)
			lines.push(line(`grade_${g}`, '{grade}单位数', c, 'count', graded(gradesBefore, c, g), now ? graded(gradesNow, c, g) : null, g));
	}
	return lines;
}
