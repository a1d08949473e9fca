// The marks of 评议质量 beside results (dossiers, rankings, the bottom two), read from the stored
// quality_marks: the import computes them after the rules with the page's default parameters
// (src/lib/warehouse/quality-marks.ts), so a page looks them up by year or by subject instead of
// running the ballot margins. Only 评议质量 itself, whose parameters the analyst changes, computes
// live (src/routes/quality/).
import type { Warehouse } from '$lib/warehouse/db';
import type { QueryRow } from '$lib/warehouse/typed';
import { markKey, type QualityMark } from '$lib/quality/marks';
import { isSignal } from '$lib/quality/signals';
import type { MarksOfYear } from '$lib/warehouse/quality-marks';

export type { MarksOfYear };
type Stored = QueryRow<'site/marks/year'> | QueryRow<'site/marks/subject'>;

const UNITS = ['ballots', 'votes', 'points'] as const;
const isUnit = (u: unknown): u is (typeof UNITS)[number] => (UNITS as readonly unknown[]).includes(u);

/** A stored row as the mark it is (the columns as src/lib/warehouse/quality-marks.ts writes them). */
function toMark(r: Stored): QualityMark {
	if (r.kind === 'close' && r.size !== null && isUnit(r.size_unit)) return { kind: 'close', size: r.size, unit: r.size_unit };
	if (r.kind === 'signal' && isSignal(r.signal)) return { kind: 'signal', signal: r.signal };
	if (r.kind === 'uncertain') return { kind: 'uncertain' };
	throw new Error(`quality_marks：${r.year} 年度 ${r.subject} ${r.subject_id} 的标记无法识别（${r.kind}）`);
}

/** The stored marks of $year by markKey: of the teams, the cadres or both (''). */
export async function marksOfYear(wh: Warehouse, year: number, subject: '' | 'team' | 'cadre' = ''): Promise<MarksOfYear> {
	const out: MarksOfYear = {};
	for (const r of await wh.rows('site/marks/year', { year, subject })) (out[markKey(r.subject === 'cadre' ? 'cadre' : 'team', r.subject_id)] ??= []).push(toMark(r));
	return out;
}

/** The stored marks of one team (its unit's id) or cadre in every year, by year (years without a mark left out). */
export async function marksByYear(wh: Warehouse, subject: 'team' | 'cadre', id: string): Promise<Record<number, QualityMark[]>> {
	const out: Record<number, QualityMark[]> = {};
	for (const r of await wh.rows('site/marks/subject', { subject, id })) (out[r.year] ??= []).push(toMark(r));
	return out;
}
