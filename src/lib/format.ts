// Numbers as a reader of the page's language expects them (zh-CN by default): counts with
// separators, scores with two decimals, shares as percentages.

export interface Formats {
	count: (n: number) => string;
	score: (n: number | null) => string;
	percent: (n: number | null) => string;
	percent1: (n: number | null) => string;
}

const DASH = '—';

export function formats(locale = 'zh-CN'): Formats {
	const count = new Intl.NumberFormat(locale);
	const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	const pct = (digits: number) =>
		new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
	const percent = pct(2);
	const percent1 = pct(1);
	return {
		count: (n) => count.format(n),
		score: (n) => (n === null ? DASH : score.format(n)),
		percent: (n) => (n === null ? DASH : percent.format(n)),
		percent1: (n) => (n === null ? DASH : percent1.format(n))
	};
}
