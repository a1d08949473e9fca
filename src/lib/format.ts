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
	/** An amount of money, always with two decimals: "8,188,177.80 元" / "8,188,177.80 yuan". */
	yuan: (yuan: number | null) => string;
	/** An exact amount as DuckDB writes a DECIMAL ("5479211", "24460406.805"), rounded half away from zero to two decimals. */
	yuanText: (text: string) => string;
	/** yuanText's number without the unit, for a column headed 元: "1,814,222.40". */
	yuanAmount: (text: string) => string;
	/** A signed difference of exact amounts: "+1,234.00 元", "−56.50 元", "0.00 元". */
	signedYuanText: (text: string) => string;
	/** A signed difference of two numbers in the given digits: "+1.25", "−0.50", "±0.00". */
	signed: (delta: number | null, digits?: number) => string;
}

/**
 * Exact decimal text rounded half away from zero to two decimals, as [sign, integer digits, two
 * decimals]; null when the text is not a plain decimal.
 */
export function centsOf(text: string): [sign: '' | '-', int: string, frac: string] | null {
	const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text.trim());
	if (!m) return null;
	const [, sign, int, frac = ''] = m;
	let cents = BigInt(int!) * 100n + BigInt((frac + '00').slice(0, 2));
	if ((frac[2] ?? '0') >= '5') cents += 1n;
	const abs = cents.toString().padStart(3, '0');
	const zero = cents === 0n;
	return [sign === '-' && !zero ? '-' : '', abs.slice(0, -2), abs.slice(-2)];
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
	const cents = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	const unit = (amount: string) => (zh ? `${amount} 元` : `${amount} yuan`);
	const grouped = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const yuanAmount = (text: string) => {
		const c = centsOf(text);
		return c ? `${c[0] === '-' ? '−' : ''}${grouped(c[1])}.${c[2]}` : text;
	};
	const yuanText = (text: string) => unit(yuanAmount(text));
	const signs = (v: number, text: string) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${text}`;
	const percent = pct(2);
	const percent1 = pct(1);
	return {
		count: (n) => count.format(n),
		score: (n) => (n === null ? DASH : score.format(n)),
		percent: (n) => (n === null ? DASH : percent.format(n)),
		percent1: (n) => (n === null ? DASH : percent1.format(n)),
		money: (yuan) => (zh ? `${wan.format(yuan / 10_000)} 万元` : `${whole.format(yuan)} yuan`),
		points: (delta) => `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${one.format(Math.abs(delta) * 100)}${zh ? ' 个百分点' : ' pp'}`,
		yuan: (v) => (v === null ? DASH : unit(`${v < 0 ? '−' : ''}${cents.format(Math.abs(v))}`)),
		yuanText,
		yuanAmount,
		signedYuanText: (text) => {
			const c = centsOf(text);
			if (!c) return yuanText(text);
			const zero = /^0*$/.test(c[1] + c[2]);
			return `${zero ? '' : c[0] === '-' ? '−' : '+'}${yuanText(`${c[1]}.${c[2]}`)}`;
		},
		signed: (delta, digits = 2) => {
			if (delta === null) return DASH;
			const nf = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
			const text = nf.format(Math.abs(delta));
			return signs(Number(text.replace(/,/g, '')) === 0 ? 0 : delta, text);
		}
	};
}
