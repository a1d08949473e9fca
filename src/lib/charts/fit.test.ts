// Charts fitted to their box: a year axis thins its labels on a phone so that none overlap, and
// keeps every year on a wide screen.
import { describe, expect, it } from 'vitest';
import { fitToWidth, thinTicks } from './fit.js';
import { renderChart } from './render.js';
import { satisfactionTrendOptions, type SatisfactionTrendRow } from './satisfaction-trend.js';
import { gradeMixOptions } from './grade-mix.js';

const years = [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010];

/** The x positions of the x-axis tick labels of a rendered chart. */
function tickLabels(html: string): { text: string; x: number }[] {
	const axis = html.slice(html.indexOf('aria-label="x-axis tick label"'));
	const g = axis.slice(0, axis.indexOf('</g>'));
	return [...g.matchAll(/<text[^>]*transform="translate\(([\d.]+),[^)]*\)"[^>]*>(\d{4})<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
}

describe('fitToWidth', () => {
	it('keeps every k-th year so that each has room', () => {
		expect(thinTicks(years, 800)).toEqual(years);
		expect(thinTicks(years, 300)).toEqual([2001, 2003, 2005, 2007, 2009]);
		expect(thinTicks(years, 100)).toEqual([2001, 2005, 2009]);
		expect(thinTicks([], 100)).toEqual([]);
	});

	it('draws a year axis at a phone width with labels 40 px apart at least, and every year on a wide screen', () => {
		const rows: SatisfactionTrendRow[] = years.map((year) => ({ year, subject: 'team', category: 'department', total: 10, unanimous: 5, rate: 0.5 }));
		const options = satisfactionTrendOptions(rows);
		const phone = tickLabels(renderChart(fitToWidth(options, 358)));
		expect(phone.length).toBeGreaterThan(1);
		expect(phone.length).toBeLessThan(years.length);
		for (let i = 1; i < phone.length; i++) expect(phone[i]!.x - phone[i - 1]!.x).toBeGreaterThanOrEqual(40);
		expect(tickLabels(renderChart(fitToWidth(options, 1100))).map((l) => Number(l.text))).toEqual(years);
	});

	it('thins a band of years too (the stacked grade bars)', () => {
		const rows = years.map((year) => ({ year, category: 'department', grade: 'qualified', units: 3 }));
		const phone = fitToWidth(gradeMixOptions(rows), 358);
		expect((phone.x as { ticks: number[] }).ticks.length).toBeLessThan(years.length);
		expect(phone.width).toBe(358);
		const wide = gradeMixOptions(rows);
		expect(fitToWidth(wide, 1100).x).toBe(wide.x);
	});
});
