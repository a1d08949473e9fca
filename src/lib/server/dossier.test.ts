import { describe, expect, it } from 'vitest';
import { presence, reverseTable, yearRuns, type ReverseRow } from './dossier.js';

describe('presence', () => {
	it('marks, latest first, the years a subject is absent and the years it is new', () => {
		expect(presence([2001, 2003, 2004], [2001, 2002, 2003, 2004, 2005])).toEqual([
			{ year: 2005, present: false, isNew: false },
			{ year: 2004, present: true, isNew: false },
			{ year: 2003, present: true, isNew: true },
			{ year: 2002, present: false, isNew: false },
			{ year: 2001, present: true, isNew: false }
		]);
	});
});

describe('yearRuns', () => {
	it('writes consecutive years as runs', () => {
		expect(yearRuns([2007, 2001, 2002, 2003, 2009, 2010])).toBe('2001—2003、2007、2009—2010');
		expect(yearRuns([])).toBe('');
	});
});

describe('reverseTable', () => {
	const row = (year: number, aspect_name: string, position: number, share: number): ReverseRow => ({
		year, aspect_id: aspect_name, aspect_name, position, participants: 100, ticks: share * 100, share, flagged: share >= 0.3333, flag_share: 0.3333
	});
	it('pivots the shares to one line per year (latest first) and one column per aspect in the policy order', () => {
		const table = reverseTable([row(2004, '乙', 1, 0.1), row(2004, '甲', 0, 0.4), row(2005, '甲', 0, 0.2), row(2005, '丙', 2, 0.05)]);
		expect(table.aspects).toEqual(['甲', '乙', '丙']);
		expect(table.lines.map((l) => l.year)).toEqual([2005, 2004]);
		expect(table.lines[1]!.cells['甲']!.flagged).toBe(true);
		expect(table.lines[0]!.cells['乙']).toBeUndefined();
	});
});
