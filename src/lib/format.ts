// Numbers as a reader of the page's language expects them (zh-CN by default): counts with
// separators, scores with two decimals, shares as percentages.

export interface Formats {
	count: (n: number) => string;
	score: (n: number | null) => string;
	percent: (n: number | null) => string;
	percent1: (n: number | null) => string;
	/** A sum of money: 万元 with one decimal in Chinese ("2,446.0 万元"), whole yuan in English. */
	money: (yuan: number) => string;
	/** A change in percentage points, signed: "+3.2 个百分点" / "+3.2 pp". */
	points: (delta: number) => string;
}

const DASH = '—';

export function formats(locale = 'zh-CN'): Formats {
	const count = new Intl.NumberFormat(locale);
	const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	const pct = (digits: number) =>
		new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
	const zh = locale.startsWith('zh');
	const wan = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const one = wan;
	const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
	const percent = pct(2);
	const percent1 = pct(1);
	return {
		count: (n) => count.format(n),
		score: (n) => (n === null ? DASH : score.format(n)),
		percent: (n) => (n === null ? DASH : percent.format(n)),
		percent1: (n) => (n === null ? DASH : percent1.format(n)),
		money: (yuan) => (zh ? `${wan.format(yuan / 10_000)} 万元` : `${whole.format(yuan)} yuan`),
		points: (delta) => `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${one.format(Math.abs(delta) * 100)}${zh ? ' 个百分点' : ' pp'}`
	};
}
