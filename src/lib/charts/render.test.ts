import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { CHART_FONT_FAMILY, renderChart } from './render.js';
import { satisfactionTrendOptions, type SatisfactionTrendRow } from './satisfaction-trend.js';

const count = (html: string, tag: string) => html.match(new RegExp(`<${tag}[\\s>/]`, 'g'))?.length ?? 0;

describe('renderChart', () => {
	it('renders a bar chart to an svg string with its marks, Chinese labels and the Chinese font', () => {
		const data = [
			{ grade: '优秀', n: 3 },
			{ grade: '达标', n: 5 },
			{ grade: '不达标', n: 1 }
		];
		const html = renderChart({
			x: { label: '等次', domain: data.map((d) => d.grade) },
			y: { label: '单位数' },
			marks: [Plot.barY(data, { x: 'grade', y: 'n' })]
		});
		expect(html.startsWith('<svg')).toBe(true);
		expect(html).toContain('xmlns="http://www.w3.org/2000/svg"');
		// One <rect> per bar, inside the mark's group.
		expect(html.match(/aria-label="bar"[^>]*>(.*?)<\/g>/)?.[1]?.match(/<rect/g)).toHaveLength(3);
		expect(count(html, 'rect')).toBe(3);
		expect(html).toContain('单位数');
		expect(html).toContain('>不达标</text>');
		expect(html).toContain('Noto Sans SC');
	});

	it('escapes text from the data', () => {
		const html = renderChart({ marks: [Plot.text([{ x: 1, y: 1, t: '<script>alert(1)</script> & 单位' }], { x: 'x', y: 'y', text: 't' })] });
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;');
		expect(html).toContain('&amp; 单位');
	});

	it('escapes names from the data in attribute values (aria-label) too', () => {
		const name = '<img src=x onerror=alert(1)> "引号" 甲&amp;乙';
		const html = renderChart({ marks: [Plot.barX([{ name, n: 1 }], { x: 'n', y: 'name', ariaLabel: 'name' })] });
		expect(html).not.toContain('<img');
		expect(html).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt; &quot;引号&quot; 甲&amp;amp;乙"');
	});

	it('renders the satisfaction trend as a figure with a title, a legend and one line per series', () => {
		const rows: SatisfactionTrendRow[] = [2019, 2020, 2021].flatMap((year, i) => [
			{ year, subject: 'team', category: 'department', total: 10, unanimous: 5 + i, rate: (5 + i) / 10 },
			{ year, subject: 'team', category: 'township', total: 8, unanimous: 2 + i, rate: (2 + i) / 8 },
			{ year, subject: 'cadre', category: null, total: 40, unanimous: 10 + i, rate: (10 + i) / 40 }
		]);
		const html = renderChart(satisfactionTrendOptions(rows));
		expect(html.startsWith('<figure')).toBe(true);
		expect(html).toContain('<h2>满意度趋势</h2>');
		expect(html).toContain('满票率（%）');
		expect(html).toContain('年度');
		// The legend: one swatch per series, in the Chinese font.
		expect(html).toContain('领导班子“好”满票率（区级部门）');
		expect(html).toContain('领导班子“好”满票率（街道镇乡）');
		expect(html).toContain('领导干部“优秀”满票率（全区）');
		expect(html).toMatch(/<div style="[^"]*Noto Sans SC[^"]*" class="plot-[0-9a-f]+-swatches/);
		// Three lines (one <path> each in the line mark) and nine dots (<circle>).
		const line = html.match(/aria-label="line"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
		expect(count(line, 'path')).toBe(3);
		expect(count(html, 'circle')).toBe(9);
		// Year ticks are the years, not 2,019.5.
		expect(html).toMatch(/>2020<\/text>/);
		expect(html).not.toContain('2,0');
		// Percent axis.
		expect(html).toMatch(/>100<\/text>/);
		// The figure (title, subtitle) carries the font too.
		expect(html).toContain(`<figure style="max-width:initial; font-family: ${CHART_FONT_FAMILY.replaceAll('"', '&quot;')}"`);
	});

	it('draws a single year and skips null rates', () => {
		const html = renderChart(
			satisfactionTrendOptions([
				{ year: 2021, subject: 'team', category: 'department', total: 3, unanimous: 1, rate: 0.3333 },
				{ year: 2021, subject: 'cadre', category: null, total: 0, unanimous: 0, rate: null }
			])
		);
		expect(count(html, 'circle')).toBe(1);
		expect(html).toMatch(/>2021<\/text>/);
		expect(html).not.toContain('NaN');
	});
});
