import { describe, expect, it } from 'vitest';
import { formats, numberFormat } from './format';

describe('formats', () => {
	const f = formats('zh-CN');
	it('writes counts with separators, scores with two decimals, shares as percentages', () => {
		expect(f.count(24460)).toBe('24,460');
		expect(f.score(90.625)).toBe('90.63');
		expect(f.percent(0.8667)).toBe('86.67%');
		expect(f.percent1(0.147)).toBe('14.7%');
	});
	it('writes money in 万元 for a Chinese reader and in yuan for an English one', () => {
		expect(f.money(24_460_406.8)).toBe('2,446.0 万元');
		expect(formats('en').money(24_460_406.8)).toBe('24,460,407 yuan');
	});
	it('signs a change in percentage points', () => {
		expect(f.points(0.032)).toBe('+3.2 个百分点');
		expect(formats('en').points(-0.01)).toBe('−1.0 pp');
		expect(f.points(0)).toBe('±0.0 个百分点');
	});
	it('shows a dash for a value that does not exist', () => {
		expect(f.score(null)).toBe('—');
		expect(f.percent(null)).toBe('—');
	});
	it('makes each number format once and writes what a new one writes', () => {
		expect(formats('zh-CN')).toBe(formats('zh-CN'));
		expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
		expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en', { maximumFractionDigits: 2 }));
		const options: Intl.NumberFormatOptions[] = [{}, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }, { notation: 'compact', compactDisplay: 'long' }];
		for (const locale of ['zh-CN', 'en'])
			for (const o of options)
				for (const n of [0, 0.005, 1234.5678, -98765.4321, 24_460_406.8])
					expect(numberFormat(locale, o).format(n)).toBe(new Intl.NumberFormat(locale, o).format(n));
	});
});
