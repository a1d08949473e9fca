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

describe('money and signed differences', () => {
	const zh = formats('zh-CN');
	const en = formats('en');
	it('writes every amount with two decimals, whole or not (one column, one format)', () => {
		expect(zh.yuan(8_188_177.8)).toBe('8,188,177.80 元');
		expect(zh.yuan(5_479_211)).toBe('5,479,211.00 元');
		expect(en.yuan(5_479_211)).toBe('5,479,211.00 yuan');
		expect(zh.yuan(-56.5)).toBe('−56.50 元');
		expect(zh.yuan(null)).toBe('—');
	});
	it('writes exact decimal text with two decimals, rounded half away from zero', () => {
		expect(zh.yuanText('5479211')).toBe('5,479,211.00 元');
		expect(zh.yuanText('24460406.8')).toBe('24,460,406.80 元');
		expect(zh.yuanText('24460406.805')).toBe('24,460,406.81 元');
		expect(zh.yuanAmount('24460406.805')).toBe('24,460,406.81');
		expect(zh.yuanAmount('-5')).toBe('−5.00');
		expect(zh.yuanText('-0.004')).toBe('0.00 元');
		expect(zh.yuanText('-1234.5')).toBe('−1,234.50 元');
		expect(zh.signedYuanText('-56.5')).toBe('−56.50 元');
		expect(zh.signedYuanText('1234')).toBe('+1,234.00 元');
		expect(zh.signedYuanText('0.000')).toBe('0.00 元');
	});
	it('signs a difference of scores', () => {
		expect(zh.signed(1.254)).toBe('+1.25');
		expect(zh.signed(-0.5)).toBe('−0.50');
		expect(zh.signed(0.001)).toBe('±0.00');
		expect(zh.signed(null)).toBe('—');
		expect(zh.signed(12, 0)).toBe('+12');
	});
});
