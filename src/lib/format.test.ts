import { describe, expect, it } from 'vitest';
import { formats } from './format';

describe('formats', () => {
	const f = formats('zh-CN');
	it('writes counts with separators, scores with two decimals, shares as percentages', () => {
		expect(f.count(24460)).toBe('24,460');
		expect(f.score(90.625)).toBe('90.63');
		expect(f.percent(0.8667)).toBe('86.67%');
		expect(f.percent1(0.147)).toBe('14.7%');
	});
	it('shows a dash for a value that does not exist', () => {
		expect(f.score(null)).toBe('—');
		expect(f.percent(null)).toBe('—');
	});
});
