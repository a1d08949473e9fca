// The mark of 评议质量 shown beside a result wherever it appears (dossiers, rankings, the bottom
// two): how close the result is to flipping, whether sampling leaves it uncertain, and the signals
// of untrue ballots it raised. Pure, so pages in the browser can use it; the import derives the
// marks from queries/quality/ and stores them (src/lib/warehouse/quality-marks.ts).
import type { QualityParams } from './params';
import type { Signal } from './signals';

export type QualityMark =
	/** the smallest change that flips one of the subject's results: ballots or PK votes, or target points */
	| { kind: 'close'; size: number; unit: 'ballots' | 'votes' | 'points' }
	/** a Wilson interval of the subject's shares contains the threshold of its grade */
	| { kind: 'uncertain' }
	| { kind: 'signal'; signal: Signal };

/** The key of a subject's marks: a team (its unit's results) or a cadre. */
export const markKey = (subject: 'team' | 'cadre', id: string) => `${subject}:${id}`;

/** A margin in ballots (or PK votes) close enough to be listed on 评议质量 and marked. */
export const closeInBallots = (n: unknown, p: QualityParams) => n !== null && n !== undefined && Number(n) <= p.close_ballots;
/** A margin in target points close enough to be listed on 评议质量 and marked. */
export const closeInPoints = (x: unknown, p: QualityParams) => x !== null && x !== undefined && Number(x) <= p.close_points;

/** 评议质量 of one year filtered to one unit (and its cadres) or one cadre. */
export function qualityHref(year: number, subject: 'team' | 'cadre', id: string): string {
	return `/quality?year=${year}&${subject === 'team' ? 'unit' : 'cadre'}=${encodeURIComponent(id)}`;
}
