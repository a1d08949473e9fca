import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { translator } from '../i18n/index.js';
import { rewardDistributionOptions, rewardTotalsOptions, type RewardUnitRow } from './reward-distribution.js';
import { UNIT_GRADE_COLORS } from '../labels.js';

const rows: RewardUnitRow[] = [
	{ unit_id: 'D1', name: '甲局', category: 'department', grade: 'outstanding', staff: 10, total_bonus: 70000 },
	{ unit_id: 'D2', name: '乙局', category: 'department', grade: 'qualified', staff: 20, total_bonus: 50000 },
	{ unit_id: 'D3', name: '丙局', category: 'department', grade: 'unqualified', staff: 5, total_bonus: 0 },
	{ unit_id: 'T1', name: '丁镇', category: 'township', grade: 'basically_qualified', staff: 30, total_bonus: 60000 }
];
const bars = (html: string) => html.match(/aria-label="bar"[^>]*>(.*?)(?=<g aria-label=|<\/svg>)/)?.[1] ?? '';

describe('rewardDistributionOptions', () => {
	it('draws a bar per unit coloured by grade, one run of bars per category named with its count', () => {
		const html = renderChart(rewardDistributionOptions(rows, 2007));
		expect(html).toContain('<svg');
		expect(bars(html).match(/<rect/g)).toHaveLength(4);
		for (const g of ['outstanding', 'qualified', 'unqualified', 'basically_qualified']) expect(html).toContain(`fill="${UNIT_GRADE_COLORS[g]}"`);
		expect(html).toContain('2007 年度各单位奖金总额');
		expect(html).toContain('>区级部门（3）<');
		expect(html).toContain('>街道镇乡（1）<');
		// one panel: the township's bar stands to the right of the departments', largest first
		const xs = [...bars(html).matchAll(/<rect [^>]*\bx="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(xs).toHaveLength(4);
		expect(xs.slice(0, 3)).toEqual([...xs.slice(0, 3)].sort((a, b) => a - b));
		expect(xs[3]).toBeGreaterThan(xs[2]!);
		expect(html).toContain('万元');
		expect(html).not.toContain('NaN');
	});
});

describe('rewardTotalsOptions', () => {
	it('draws a bar per year and marks the chosen year', () => {
		const html = renderChart(rewardTotalsOptions([{ year: 2006, total: 2.4e7 }, { year: 2007, total: 2.5e7 }], 2007));
		expect(bars(html).match(/<rect/g)).toHaveLength(2);
		expect(html).toContain('fill="#2f6fb3"');
		expect(html).toMatch(/>2006<\/text>/);
		expect(html).not.toContain('NaN');
	});
});

describe('the reward charts in English', () => {
	it('name their amounts in yuan and 10k yuan', () => {
		const en = translator('en');
		const html = renderChart(rewardDistributionOptions(rows, 2007, en));
		expect(html).toContain('aria-label="Bar chart of the total bonus of each unit, 2007"');
		expect(html).toContain('Total bonus (10k yuan)');
		expect(html).toContain('Outstanding');
		expect(html.replace(/[甲乙丙丁][局镇]/g, '')).not.toMatch(/[\u3400-\u9fff]/);
		const years = renderChart(rewardTotalsOptions([{ year: 2006, total: 2.4e7 }, { year: 2007, total: 2.5e7 }], 2007, en));
		expect(years).toContain('Total bonus over the years');
		expect(years).not.toMatch(/[\u3400-\u9fff]/);
	});
});
