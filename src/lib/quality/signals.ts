// The signals of the 评议质量 page by id, and the key of an analyst's mark on one finding: pure,
// so the page in the browser can use them as well as the server.
export const SIGNALS = ['favour_votes', 'leniency', 'bulk_ballots', 'score_jump', 'rater_gap'] as const;
export type Signal = (typeof SIGNALS)[number];

export function isSignal(v: unknown): v is Signal {
	return (SIGNALS as readonly unknown[]).includes(v);
}

/** The key of a mark: year, signal and the unit or cadre id the finding concerns. */
export function checkKey(c: { year: number; signal: Signal; subject: string }): string {
	return `${c.year}|${c.signal}|${c.subject}`;
}
