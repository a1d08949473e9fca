// The marks of 评议质量 beside results (src/lib/quality/marks.ts), from the same SQL as the page
// (queries/quality/). The import stores them for the page's default parameters in quality_marks,
// after the rules, for the imported years and the year after each (分数突变 compares a year with
// the one before): the pages beside results then read them with a point lookup
// (src/lib/server/quality-marks.ts) instead of computing them on a page's first view. The
// check recomputes them like the rules' tables.
import type { DuckDBConnection } from '@duckdb/node-api';
import { closeInBallots, closeInPoints, markKey, type QualityMark } from '../quality/marks.js';
import { defaultQualityParams, type QualityParams } from '../quality/params.js';
import type { Signal } from '../quality/signals.js';
import type { Warehouse } from './db.js';
import { numberText } from '../bundle/decimal.js';
import { query } from './queries.js';
import { rowsOn, type QueryArgs, type QueryName, type QueryRow } from './typed.js';

/** Runs a query of queries/ by name: on a connection of the site's warehouse, or the import's. */
export type RunRows = <N extends QueryName>(name: N, ...args: QueryArgs<N>) => Promise<QueryRow<N>[]>;
export type MarksOfYear = Record<string, QualityMark[]>;
/** Whose ballot margins: one unit's (its team and cadres) and/or one kind of subject; '' for all. */
export interface MarkScope {
	unit: string;
	subject: '' | 'team' | 'cadre';
}
/** A close result: the size of the smallest change that flips it, in ballots, PK votes or target points. */
export interface Close {
	key: string;
	size: number;
	unit: 'ballots' | 'votes' | 'points';
}
/** The year's marks apart from the ballot margins: close unit results; uncertainty and signals by key. */
export interface YearPart {
	close: Close[];
	other: [string, QualityMark][];
}

const subjectKey = (r: { subject: string; subject_id: string }) => markKey(r.subject === 'cadre' ? 'cadre' : 'team', r.subject_id);
const unitKey = (r: { unit_id: string }) => markKey('team', r.unit_id);

/** Close unit results (PK votes, bottom two, unit grade), sampling uncertainty and the signals of $year. */
export async function yearPart(rows: RunRows, year: number, p: QualityParams): Promise<YearPart> {
	const [bottom, pk, grades, sampling, favour, leniency, bulk, jump, gap] = await Promise.all([
		rows('quality/bottom_two_margins', { year }),
		rows('quality/pk_margins', { year }),
		rows('quality/unit_grade_margins', { year }),
		rows('quality/sampling', { year, confidence_z: p.confidence_z }),
		rows('quality/signal_favour_votes', { year, unanimous: p.unanimous }),
		rows('quality/signal_leniency', { year, z: p.z }),
		rows('quality/signal_bulk_ballots', { year }),
		rows('quality/signal_score_jump', { year, jump: p.jump }),
		rows('quality/signal_rater_gap', { year, gap: p.gap, min_raters: p.min_raters })
	]);
	const close: Close[] = [];
	for (const r of pk) if (closeInBallots(r.votes_margin, p)) close.push({ key: unitKey(r), size: Number(r.votes_margin), unit: 'votes' });
	for (const r of bottom) if (closeInPoints(r.points, p)) close.push({ key: unitKey(r), size: Number(r.points), unit: 'points' });
	for (const r of grades) for (const x of [r.points_up, r.points_down]) if (closeInPoints(x, p)) close.push({ key: unitKey(r), size: Number(x), unit: 'points' });
	const other: [string, QualityMark][] = sampling.filter((r) => r.uncertain).map((r) => [subjectKey(r), { kind: 'uncertain' }]);
	const signal = <R>(found: R[], s: Signal, key: (r: R) => string) => found.forEach((r) => other.push([key(r), { kind: 'signal', signal: s }]));
	signal(favour, 'favour_votes', subjectKey);
	signal(leniency, 'leniency', unitKey);
	signal(bulk, 'bulk_ballots', unitKey);
	signal(jump, 'score_jump', subjectKey);
	signal(gap, 'rater_gap', subjectKey);
	return { close, other };
}

/** The ballot margins of one scope within close_ballots (the costly part: only what a page shows). */
export async function ballotPart(rows: RunRows, year: number, scope: MarkScope, p: QualityParams): Promise<Close[]> {
	const found = await rows('quality/ballot_margins', { year, unit: scope.unit, subject: scope.subject, most: p.close_ballots });
	return found.filter((r) => closeInBallots(r.ballots, p)).map((r): Close => ({ key: subjectKey(r), size: Number(r.ballots), unit: 'ballots' }));
}

/**
 * The marks by markKey. One close mark a subject: a change of ballots or votes (what raters argue
 * in) before one of target points, and the smallest of its kind; then uncertainty, then signals.
 */
export function combineMarks(part: YearPart, ballots: Close[]): MarksOfYear {
	const order = (unit: string) => (unit === 'points' ? 1 : 0);
	const best = new Map<string, Close>();
	for (const c of [...ballots, ...part.close]) {
		const had = best.get(c.key);
		if (!had || order(c.unit) < order(had.unit) || (order(c.unit) === order(had.unit) && c.size < had.size)) best.set(c.key, c);
	}
	const out: MarksOfYear = {};
	const add = (key: string, mark: QualityMark) => {
		const list = (out[key] ??= []);
		const same = (m: QualityMark) => m.kind === mark.kind && (m.kind !== 'signal' || (mark.kind === 'signal' && m.signal === mark.signal));
		if (!list.some(same)) list.push(mark);
	};
	for (const [key, c] of best) add(key, { kind: 'close', size: c.size, unit: c.unit });
	for (const [key, mark] of part.other) add(key, mark);
	return out;
}

/** The marks of $year computed now, complete for the subjects of `scope` (elsewhere without their ballot margins). */
export async function computeMarks(rows: RunRows, year: number, scope: MarkScope, p: QualityParams): Promise<MarksOfYear> {
	const [part, ballots] = await Promise.all([yearPart(rows, year, p), ballotPart(rows, year, scope, p)]);
	return combineMarks(part, ballots);
}

/** The marks of $year computed now on the warehouse (each query on a connection of its own): what quality_marks must hold for the defaults. */
export function liveMarks(wh: Warehouse, year: number, scope: MarkScope = { unit: '', subject: '' }, p: QualityParams = defaultQualityParams()): Promise<MarksOfYear> {
	return computeMarks((name, ...args) => wh.rows(name, ...args), year, scope, p);
}

/**
 * Stores the marks of every year in alert_years that is imported (the years in scope and the
 * year after each: queries/import/scope.sql), under the default parameters, replacing theirs.
 * Runs on `c` after the rules, in the import's (or the check's) transaction.
 */
export async function storeQualityMarks(c: DuckDBConnection): Promise<void> {
	const rows: RunRows = (name, ...args) => rowsOn(c, name, ...args);
	const p = defaultQualityParams();
	const years = (await c.runAndReadAll(query('import/marks_years'))).getRowObjectsJS().map((r) => Number(r.year));
	for (const year of years) {
		await c.run(query('import/marks_delete'), { year });
		const marks = await computeMarks(rows, year, { unit: '', subject: '' }, p);
		const stored: Record<string, string | number | null>[] = [];
		for (const [key, list] of Object.entries(marks)) {
			const [subject, subjectId] = splitKey(key);
			for (const [position, m] of list.entries())
				stored.push({
					year,
					subject,
					subject_id: subjectId,
					position,
					kind: m.kind,
					size: m.kind === 'close' ? numberText(m.size) : null,
					size_unit: m.kind === 'close' ? m.unit : null,
					signal: m.kind === 'signal' ? m.signal : null
				});
		}
		if (stored.length) await c.run(query('import/marks_insert'), { marks: JSON.stringify(stored) });
	}
}

/** The subject and id of a markKey (the id may hold a colon). */
function splitKey(key: string): [string, string] {
	const at = key.indexOf(':');
	return [key.slice(0, at), key.slice(at + 1)];
}
