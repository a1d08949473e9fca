import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { historyDomain, unitHistoryOptions, type UnitHistoryRow } from './unit-history.js';
import { UNIT_GRADE_COLORS } from '../labels.js';
import { translator } from '../i18n/index.js';

const markBody = (html: string, mark: string) =>
	[...html.matchAll(new RegExp(`aria-label="${mark}"[^>]*>(.*?)(?=<g aria-label=|</svg>)`, 'g'))].map((m) => m[1]).join('');

// Assessed 2001, 2002 and 2004 (not in 2003), vetoed in 2002.
const rows: UnitHistoryRow[] = [
	{ year: 2001, target_score: 91.5, rank_in_group: 3, group_size: 12, grade: 'qualified', vetoed: false },
	{ year: 2002, target_score: 86.25, rank_in_group: 11, group_size: 12, grade: 'unqualified', vetoed: true },
	{ year: 2004, target_score: 97, rank_in_group: 1, group_size: 13, grade: 'outstanding', vetoed: false }
];

describe('unitHistoryOptions', () => {
	it('draws a dot per assessed year in its grade colour, with the rank above and a gap for the year without the unit', () => {
		const html = renderChart(unitHistoryOptions(rows, [2001, 2002, 2003, 2004]));
		expect(html.startsWith('<svg')).toBe(true);
		expect(html).toContain('aria-label="历年目标考核得分和组内名次图"');
		const dots = markBody(html, 'dot').match(/<circle[^>]*>/g) ?? [];
		expect(dots).toHaveLength(3);
		expect(markBody(html, 'dot')).toContain(`fill="${UNIT_GRADE_COLORS.qualified}"`);
		expect(markBody(html, 'dot')).toContain(`fill="${UNIT_GRADE_COLORS.unqualified}"`);
		expect(markBody(html, 'dot')).toContain(`fill="${UNIT_GRADE_COLORS.outstanding}"`);
		// the rank in group above each dot
		for (const label of ['3/12', '11/12', '1/13']) expect(html).toContain(`>${label}<`);
		// the line breaks at 2003: two segments (M … M …) in one path
		const path = markBody(html, 'line').match(/ d="([^"]+)"/)?.[1] ?? '';
		expect(path.match(/M/g)).toHaveLength(2);
		// 2003 is on the axis and marked as not assessed
		expect(html).toMatch(/>2003<\/text>/);
		expect(html.match(/>未考核</g)).toHaveLength(1);
		expect(html).toContain('目标考核得分');
		expect(html).not.toContain('NaN');
	});

	it('speaks English with the English translator', () => {
		const html = renderChart(unitHistoryOptions(rows, [2001, 2002, 2003, 2004], translator('en')));
		expect(html).toContain('Target score');
		expect(html).toContain('Not assessed');
		expect(html).not.toMatch(/[\u4e00-\u9fff]/);
	});

	it('draws a single year, and no year, without failing', () => {
		const one = renderChart(unitHistoryOptions([rows[0]!], [2001]));
		expect(markBody(one, 'dot').match(/<circle/g)).toHaveLength(1);
		expect(one).not.toContain('NaN');
		expect(renderChart(unitHistoryOptions([], []))).not.toContain('NaN');
	});
});

describe('historyDomain', () => {
	it('leaves room around the scores on multiples of 5 within 0..100', () => {
		expect(historyDomain([86.25, 97])).toEqual([80, 100]);
		expect(historyDomain([91.5])).toEqual([85, 95]);
		expect(historyDomain([1, 99.5])).toEqual([0, 100]);
		expect(historyDomain([])).toEqual([0, 100]);
	});
});
