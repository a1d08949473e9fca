import { describe, expect, it } from 'vitest';
import { isDecimal, numberText, scaled } from './decimal.js';

describe('decimal text', () => {
	it('accepts plain decimals and refuses exponents, separators and words', () => {
		for (const ok of ['0', '12', '12.5', '12.', '.5', '-0.5', '+3']) expect(isDecimal(ok), ok).toBe(true);
		for (const bad of ['', '1e3', '1,5', '１２', 'abc', '.', '1.2.3']) expect(isDecimal(bad), bad).toBe(false);
	});

	it('scales exactly, without binary floating point', () => {
		expect(scaled('0.1', 2) + scaled('0.2', 2)).toBe(scaled('0.3', 2));
		expect(scaled('.5', 3)).toBe(500n);
		expect(scaled('-12.345', 2)).toBe(-1234n); // truncates past the scale
	});

	it('writes policy numbers without an exponent', () => {
		expect(numberText(0.8)).toBe('0.8');
		expect(numberText(1e-7)).toBe('0.0000001');
		expect(numberText(30000)).toBe('30000');
	});
});
