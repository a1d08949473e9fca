import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { satisfactionTrendOptions, seriesLabel, type SatisfactionTrendRow } from './satisfaction-trend.js';
import { translator } from '../i18n/index.js';

const rows: SatisfactionTrendRow[] = [2001, 2002].flatMap((year, i) => [
	{ year, subject: 'team' as const, category: 'department', total: 40, unanimous: 4 + i, rate: (4 + i) / 40 },
	{ year, subject: 'team' as const, category: 'township', total: 30, unanimous: 6 + i, rate: (6 + i) / 30 },
	{ year, subject: 'cadre' as const, category: null, total: i === 1 ? 0 : 200, unanimous: 0, rate: i === 1 ? null : 0.1 }
]);

describe('satisfactionTrendOptions', () => {
	it('draws a dot per year and series with a rate, in Chinese by default', () => {
		const html = renderChart(satisfactionTrendOptions(rows));
		expect(html).toContain('aria-label="满意度趋势折线图"');
		expect(html.match(/<circle/g)).toHaveLength(5); // 6 rows, one rate null
		expect(html).toContain('领导班子“好”满票率（区级部门）');
		expect(html).toContain('领导干部“优秀”满票率（全区）');
		expect(html).toMatch(/>2002<\/text>/);
		expect(html).not.toContain('NaN');
	});

	it('speaks English with the English translator: title, legend, axis', () => {
		const en = translator('en');
		const html = renderChart(satisfactionTrendOptions(rows, en));
		expect(html).toContain('aria-label="Line chart of satisfaction trends"');
		expect(html).toContain('Satisfaction trends');
		expect(html).toMatch(/Teams rated (&quot;|")good(&quot;|") unanimously \(District departments\)/);
		expect(html).toContain('Unanimous rate (%)');
		expect(html).not.toMatch(/[\u3400-\u9fff]/);
		expect(seriesLabel({ subject: 'cadre', category: null }, en)).toBe('Cadres rated "excellent" unanimously (whole district)');
	});
});
