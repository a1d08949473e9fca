// The two charts of the 评议质量 page, rendered to SVG on the server as the page does.
import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { agreementTrendOptions, type AgreementRow } from './agreement-trend.js';
import { unanimityIntervalOptions } from './unanimity-interval.js';
import { translator } from '../i18n/index.js';

const rows: AgreementRow[] = [2001, 2002].flatMap((year, i) => [
	{ year, group_id: 'D1', group_name: '部门一组', category: 'department', units: 10, rho: 0.5 - i * 0.2, unanimous: 2 + i, unanimous_share: (2 + i) / 10, unanimous_low: 0.05, unanimous_high: 0.5 },
	{ year, group_id: 'T1', group_name: '乡镇一组', category: 'township', units: 2, rho: null, unanimous: 0, unanimous_share: 0, unanimous_low: 0, unanimous_high: 0.66 }
]);

describe('agreementTrendOptions', () => {
	it('draws a dot per year and group with a correlation, in Chinese', () => {
		const html = renderChart(agreementTrendOptions(rows));
		expect(html).toContain('aria-label="目标与测评一致性折线图"');
		expect(html.match(/<circle/g)).toHaveLength(2); // the township group has too few units
		expect(html).toContain('部门一组');
		expect(html).toMatch(/>2002<\/text>/);
		expect(html).not.toContain('NaN');
	});

	it('speaks English', () => {
		const html = renderChart(agreementTrendOptions(rows, translator('en')));
		expect(html).toContain('Agreement of targets and ballots');
		expect(html).toContain('Rank correlation');
		expect(html).not.toContain('等级相关系数');
	});
});

describe('unanimityIntervalOptions', () => {
	it('draws a dot and an interval bar per year and group', () => {
		const html = renderChart(unanimityIntervalOptions(rows));
		expect(html).toContain('aria-label="满票率置信区间图"');
		expect(html.match(/<circle/g)).toHaveLength(4);
		expect(html.match(/<line/g)?.length).toBeGreaterThanOrEqual(4);
		expect(html).not.toContain('NaN');
	});
});
