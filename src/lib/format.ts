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

// Making an Intl.NumberFormat costs far more than using one (a few % of a page's time when made
// per render), so each locale and option set is made once and kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The one Intl.NumberFormat of this locale and these options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let nf = numberFormats.get(key);
	if (!nf) numberFormats.set(key, (nf = new Intl.NumberFormat(locale, options)));
	return nf;
}

const made = new Map<string, Formats>();

/** The formats of a locale (made once per locale). */
export function formats(locale = 'zh-CN'): Formats {
	let f = made.get(locale);
	if (!f) made.set(locale, (f = makeFormats(locale)));
	return f;
}

function makeFormats(locale: string): Formats {
	const count = numberFormat(locale);
	const score = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	const pct = (digits: number) => numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
	const zh = locale.startsWith('zh');
	const wan = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const one = wan;
	const whole = numberFormat(locale, { maximumFractionDigits: 0 });
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
