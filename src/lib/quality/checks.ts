// The analysts' marks on the signals of the 评议质量 page: a signal of a year and subject marked as
// checked (已核查) with a note, kept in the state folder (quality-checks.json) like the other site
// state, so marks survive re-imports of the year. Each mark is audited by the page's action.
import { readJson, writeJson } from '../auth/state.js';
import { checkKey, type Signal } from './signals.js';

export interface QualityCheck {
	year: number;
	signal: Signal;
	/** the unit or cadre id the signal concerns */
	subject: string;
	note: string;
	by: string;
	at: string;
}

const FILE = 'quality-checks.json';

/** Every mark of a year, by checkKey. */
export function checksOf(year: number): Record<string, QualityCheck> {
	const all = readJson<QualityCheck[]>(FILE, []);
	return Object.fromEntries(all.filter((c) => c.year === year).map((c) => [checkKey(c), c]));
}

/** Marks a signal checked, replacing an earlier mark of the same signal, year and subject. */
export function markChecked(mark: Omit<QualityCheck, 'at'>): QualityCheck {
	const entry: QualityCheck = { ...mark, at: new Date().toISOString() };
	const rest = readJson<QualityCheck[]>(FILE, []).filter((c) => checkKey(c) !== checkKey(entry));
	writeJson(FILE, [...rest, entry]);
	return entry;
}
