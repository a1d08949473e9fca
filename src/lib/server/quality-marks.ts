// The marks of 评议质量 for the teams and cadres of a year (src/lib/quality/marks.ts), from the
// same SQL as the page (queries/quality/) with the page's default parameters. The year's signals,
// uncertainty and unit margins are computed once per year and warehouse state (the page cache's
// `cached`); the ballot margins, the costly part, only for the scope a page shows (one unit with
// its cadres, or every team), and kept the same way.
import type { Warehouse } from '$lib/warehouse/db';
import { query } from '$lib/warehouse/queries';
import { cached } from '$lib/server/page-cache';
import { defaultQualityParams } from '$lib/quality/params';
import { closeInBallots, closeInPoints, markKey, type QualityMark } from '$lib/quality/marks';
import type { Signal } from '$lib/quality/signals';

type Row = Record<string, unknown>;
type Close = { key: string; size: number; unit: 'ballots' | 'votes' | 'points' };
export type MarksOfYear = Record<string, QualityMark[]>;
/** Whose ballot margins: one unit's (its team and cadres) and/or one kind of subject; '' for all. */
export interface MarkScope {
	unit: string;
	subject: '' | 'team' | 'cadre';
}

const P = defaultQualityParams();
const subjectKey = (r: Row) => markKey(r.subject === 'cadre' ? 'cadre' : 'team', String(r.subject_id));
const unitKey = (r: Row) => markKey('team', String(r.unit_id));

/** The year's marks apart from the ballot margins: close unit results, uncertainty, signals. */
function yearPart(wh: Warehouse, year: number) {
	return cached(`quality-marks|${year}`, async () => {
		const run = (name: string, params: Record<string, number> = {}) => wh.all<Row>(query(`quality/${name}`), { year, ...params });
		const [bottom, pk, grades, sampling, favour, leniency, bulk, jump, gap] = await Promise.all([
			run('bottom_two_margins'),
			run('pk_margins'),
			run('unit_grade_margins'),
			run('sampling', { confidence_z: P.confidence_z }),
			run('signal_favour_votes', { unanimous: P.unanimous }),
			run('signal_leniency', { z: P.z }),
			run('signal_bulk_ballots'),
			run('signal_score_jump', { jump: P.jump }),
			run('signal_rater_gap', { gap: P.gap, min_raters: P.min_raters })
		]);
		const close: Close[] = [];
		for (const r of pk) if (closeInBallots(r.votes_margin, P)) close.push({ key: unitKey(r), size: Number(r.votes_margin), unit: 'votes' });
		for (const r of bottom) if (closeInPoints(r.points, P)) close.push({ key: unitKey(r), size: Number(r.points), unit: 'points' });
		for (const r of grades) for (const x of [r.points_up, r.points_down]) if (closeInPoints(x, P)) close.push({ key: unitKey(r), size: Number(x), unit: 'points' });
		const other: [string, QualityMark][] = sampling.filter((r) => r.uncertain).map((r) => [subjectKey(r), { kind: 'uncertain' }]);
		const signal = (rows: Row[], s: Signal, key: (r: Row) => string) => rows.forEach((r) => other.push([key(r), { kind: 'signal', signal: s }]));
		signal(favour, 'favour_votes', subjectKey);
		signal(leniency, 'leniency', unitKey);
		signal(bulk, 'bulk_ballots', unitKey);
		signal(jump, 'score_jump', subjectKey);
		signal(gap, 'rater_gap', subjectKey);
		return { close, other };
	});
}

/** The ballot margins of one scope within close_ballots. */
function ballotPart(wh: Warehouse, year: number, scope: MarkScope) {
	return cached(`quality-marks|${year}|${scope.unit}|${scope.subject}`, async () => {
		const rows = await wh.all<Row>(query('quality/ballot_margins'), { year, unit: scope.unit, subject: scope.subject });
		return rows.filter((r) => closeInBallots(r.ballots, P)).map((r): Close => ({ key: subjectKey(r), size: Number(r.ballots), unit: 'ballots' }));
	});
}

/**
 * The marks of $year by markKey, complete for the subjects of `scope` (elsewhere without their
 * ballot margins). One close mark a subject: a change of ballots or votes (what raters argue in)
 * before one of target points, and the smallest of its kind.
 */
export async function qualityMarks(wh: Warehouse, year: number, scope: MarkScope = { unit: '', subject: '' }): Promise<MarksOfYear> {
	const [part, ballots] = await Promise.all([yearPart(wh, year), ballotPart(wh, year, scope)]);
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

/** The marks of one unit's team or one cadre (of `unit`) for each of the years given, by year (years without a mark left out). */
export async function marksByYear(wh: Warehouse, years: { year: number; unit: string }[], key: string): Promise<Record<number, QualityMark[]>> {
	const all = await Promise.all(years.map((y) => qualityMarks(wh, y.year, { unit: y.unit, subject: '' })));
	return Object.fromEntries(years.flatMap((y, i) => (all[i]![key] ? [[y.year, all[i]![key]!]] : [])));
}
