import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { translator } from '../i18n/index.js';
import { gradeMixOptions, type GradeMixRow } from './grade-mix.js';
import { UNIT_GRADE_COLORS } from '../labels.js';

const rows: GradeMixRow[] = [
	{ year: 2001, category: 'department', grade: 'excellent', units: 3 },
	{ year: 2001, category: 'department', grade: 'qualified', units: 5 },
	{ year: 2001, category: 'township', grade: 'unqualified', units: 1 },
	{ year: 2002, category: 'department', grade: 'outstanding', units: 2 },
	{ year: 2002, category: 'township', grade: 'basically_qualified', units: 4 }
];

describe('gradeMixOptions', () => {
	it('stacks one bar per year, category and grade, in the grade colours', () => {
		const html = renderChart(gradeMixOptions(rows));
		expect(html).toContain('<svg');
		expect(html.match(/<rect/g)?.length).toBeGreaterThanOrEqual(rows.length);
		for (const g of ['excellent', 'qualified', 'unqualified', 'outstanding', 'basically_qualified'])
			expect(html).toContain(`fill="${UNIT_GRADE_COLORS[g]}"`);
		expect(html).toContain('区级部门');
		expect(html).toContain('街道镇乡');
		expect(html).toContain('特优');
		expect(html).toMatch(/>2002<\/text>/);
		expect(html).not.toContain('NaN');
	});

	it('names the category in the tip as 类别, never by the facet channel (fy)', () => {
		for (const [t, name] of [
			[translator('zh'), '类别'],
			[translator('en'), 'Category']
		] as const) {
			const bars = gradeMixOptions(rows, t).marks!.find((m) => (m as { ariaLabel?: string }).ariaLabel === 'bar') as unknown as {
				channels: Record<string, { value: unknown }>;
				tip: { format: Record<string, unknown> };
			};
			expect(bars.channels[name]?.value).toBe('categoryLabel');
			expect(bars.tip.format).toMatchObject({ [name]: true, fy: false });
		}
	});

	it('renders without rows', () => {
		expect(renderChart(gradeMixOptions([]))).not.toContain('NaN');
	});

	it('speaks English with the English translator, in the same grade colours', () => {
		const html = renderChart(gradeMixOptions(rows, translator('en')));
		expect(html).toContain('aria-label="Stacked bar chart of unit grades per year"');
		expect(html).toContain('Outstanding');
		// the category names wrap on the right of their panels
		expect(html).toContain('>Streets, towns</tspan>');
		expect(html).toContain('>and townships</tspan>');
		expect(html).toContain(`fill="${UNIT_GRADE_COLORS.outstanding}"`);
		expect(html).not.toMatch(/[\u3400-\u9fff]/);
	});
});
