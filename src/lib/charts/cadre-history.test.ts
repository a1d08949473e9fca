import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { cadreHistoryOptions, type CadreHistoryRow } from './cadre-history.js';
import { CADRE_GRADE_COLORS } from '../labels.js';
import { translator } from '../i18n/index.js';

const markBody = (html: string, mark: string) =>
	[...html.matchAll(new RegExp(`aria-label="${mark}"[^>]*>(.*?)(?=<g aria-label=|</svg>)`, 'g'))].map((m) => m[1]).join('');

// Held by the warehouse in 2005, 2006 and 2008 (not 2007).
const rows: CadreHistoryRow[] = [
	{ year: 2005, composite_score: 88.4, grade: 'competent', unit_name: '区财政局' },
	{ year: 2006, composite_score: 76.1, grade: 'basically_competent', unit_name: '区财政局' },
	{ year: 2008, composite_score: 93.25, grade: 'excellent', unit_name: '区审计局' }
];

describe('cadreHistoryOptions', () => {
	it('draws a dot per year in the grade colour with the grade written above it, and a gap for a missing year', () => {
		const html = renderChart(cadreHistoryOptions(rows));
		expect(html.startsWith('<svg')).toBe(true);
		expect(html).toContain('aria-label="历年综合得分和等次图"');
		const dots = markBody(html, 'dot');
		expect(dots.match(/<circle/g)).toHaveLength(3);
		for (const g of ['competent', 'basically_competent', 'excellent'] as const) expect(dots).toContain(`fill="${CADRE_GRADE_COLORS[g]}"`);
		for (const label of ['称职', '基本称职', '优秀']) expect(html).toContain(`>${label}<`);
		const path = markBody(html, 'line').match(/ d="([^"]+)"/)?.[1] ?? '';
		expect(path.match(/M/g)).toHaveLength(2);
		expect(html).toMatch(/>2007<\/text>/);
		expect(html).toContain('综合得分');
		expect(html).not.toContain('NaN');
	});

	it('speaks English with the English translator', () => {
		const html = renderChart(cadreHistoryOptions(rows, translator('en')));
		expect(html).toContain('Composite score');
		expect(html).toContain('>Basically competent<');
		expect(html).not.toMatch(/[\u4e00-\u9fff]/);
	});

	it('draws a single year, and none, without failing', () => {
		expect(renderChart(cadreHistoryOptions([rows[0]!]))).not.toContain('NaN');
		expect(renderChart(cadreHistoryOptions([]))).not.toContain('NaN');
	});
});
