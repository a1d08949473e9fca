// Exact comparisons of decimal text (points against an item's maximum) without binary floats.

export const DECIMAL = /^[+-]?(?:(\d+)(?:\.(\d*))?|\.(\d+))$/;

export function isDecimal(text: string): boolean {
	return DECIMAL.test(text);
}

/** The value × 10^scale as a bigint, truncating digits past `scale`. */
export function scaled(text: string, scale = 12): bigint {
	const m = DECIMAL.exec(text);
	if (!m) throw new Error(`not a decimal: ${text}`);
	const whole = m[1] ?? '0';
	const frac = (m[2] ?? m[3] ?? '').padEnd(scale, '0').slice(0, scale);
	const v = BigInt(whole + frac);
	return text.startsWith('-') ? -v : v;
}

/** A JS number written as plain decimal text (no exponent), as the policy's numbers are used. */
export function numberText(n: number): string {
	const s = String(n);
	if (!/e/i.test(s)) return s;
	return n.toFixed(20).replace(/\.?0+$/, '');
}
