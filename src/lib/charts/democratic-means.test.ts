import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { translator } from '../i18n/index.js';
import { democraticMeansOptions, democraticSeriesLabel, type DemocraticMeanRow } from './democratic-means.js';

const rows: DemocraticMeanRow[] = [2001, 2002, 2003].flatMap((year, i) => [
	{ year, subject: 'team' as const, category: 'department', mean_score: 91 + i },
	{ year, subject: 'team' as const, category: 'township', mean_score: 92 + i },
	{ year, subject: 'cadre' as const, category: 'department', mean_score: 87 + i },
	{ year, subject: 'cadre' as const, category: 'township', mean_score: i === 2 ? null : 88 + i }
]);

describe('democraticMeansOptions', () => {
	it('draws a line per series and a dot per year and series with a score', () => {
		const html = renderChart(democraticMeansOptions(rows));
		expect(html).toContain('<svg');
		expect(html.match(/<circle/g)).toHaveLength(11); // 12 rows, one null
		const line = html.match(/aria-label="line"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
		expect(line.match(/<path/g)).toHaveLength(4);
		expect(html).toContain(democraticSeriesLabel({ subject: 'cadre', category: 'township' }));
		expect(html).toContain('领导班子（区级部门）');
		expect(html).not.toContain('NaN');
	});

	it('speaks English with the English translator', () => {
		const html = renderChart(democraticMeansOptions(rows, translator('en')));
		expect(html).toContain('aria-label="Line chart of mean democratic evaluation scores"');
		expect(html).toContain('Leadership team (District departments)');
		expect(html).toContain('Mean score');
		expect(html).not.toMatch(/[\u3400-\u9fff]/);
	});
});
