// The signals of the 评议质量 page by id, and the key of an analyst's mark on one finding: pure,
// so the page in the browser can use them as well as the server.
export const SIGNALS = ['favour_votes', 'leniency', 'bulk_ballots', 'score_jump', 'rater_gap'] as const;
export type Signal = (typeof SIGNALS)[number];

/** Each signal's name (Chinese; English in the dictionary), on 评议质量 and in the marks beside results. */
export const SIGNAL_TITLES: Record<Signal, string> = {
	favour_votes: '人情票',
	leniency: '评分偏宽',
	bulk_ballots: '批量填票',
	score_jump: '分数突变',
	rater_gap: '层次分歧'
};

export function isSignal(v: unknown): v is Signal {
	return (SIGNALS as readonly unknown[]).includes(v);
}

/** The key of a mark: year, signal and the unit or cadre id the finding concerns. */
export function checkKey(c: { year: number; signal: Signal; subject: string }): string {
	return `${c.year}|${c.signal}|${c.subject}`;
}
