import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { translator } from '../i18n/index.js';
import { UNIT_BARS_MAX, rewardChartData, rewardChartOptions, rewardDistributionOptions, rewardTotalsOptions, type RewardUnitRow } from './reward-distribution.js';
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

describe('rewardChartData at large sizes', () => {
	const many = (n: number): RewardUnitRow[] =>
		Array.from({ length: n }, (_, i) => ({
			unit_id: `U${i}`,
			name: `单位${i}`,
			category: i % 3 ? 'department' : 'township',
			grade: ['outstanding', 'excellent', 'qualified', 'basically_qualified', 'unqualified'][i % 5]!,
			staff: 10 + (i % 40),
			total_bonus: i % 5 === 4 ? 0 : 1000 + ((i * 7919) % 120000) + 0.5
		}));

	it('keeps a bar per unit up to UNIT_BARS_MAX units', () => {
		const rows = many(UNIT_BARS_MAX);
		expect(rewardChartData(rows)).toEqual({ units: rows });
	});

	it('bins more units by bonus, grade and category: every unit counted once, in its range, a small chart', () => {
		const rows = many(20_000);
		const chart = rewardChartData(rows);
		if (!('bins' in chart)) throw new Error('not binned');
		expect(chart.count).toBe(20_000);
		expect(chart.bins.reduce((s, b) => s + b.units, 0)).toBe(20_000);
		for (const g of ['outstanding', 'unqualified'])
			expect(chart.bins.filter((b) => b.grade === g && b.category === 'township').reduce((s, b) => s + b.units, 0)).toBe(
				rows.filter((r) => r.grade === g && r.category === 'township').length
			);
		for (const r of rows.slice(0, 500))
			expect(chart.bins.some((b) => b.category === r.category && b.grade === r.grade && b.x0 <= r.total_bonus && r.total_bonus < b.x1)).toBe(true);
		expect(chart.bins.length).toBeLessThan(2 * 5 * 40);
		const html = renderChart(rewardChartOptions(chart, 2007));
		expect(html.length).toBeLessThan(200_000);
		expect(html).toContain('单位较多（20000 个）');
		expect(html).toContain('>区级部门<');
		for (const g of ['outstanding', 'unqualified']) expect(html).toContain(`fill="${UNIT_GRADE_COLORS[g]}"`);
		expect(html).not.toContain('NaN');
		const en = renderChart(rewardChartOptions(chart, 2007, translator('en')));
		expect(en).toContain('Histogram of the total bonus of the units, 2007');
		expect(en).not.toMatch(/[\u3400-\u9fff]/);
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
