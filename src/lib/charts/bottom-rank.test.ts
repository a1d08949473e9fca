import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { bottomRankOptions, bottomTwoRuns, RUN_COLOR, type BottomRankRow } from './bottom-rank.js';
import { translator } from '../i18n/index.js';

// A faceted mark's group holds one sub-group per facet: take everything up to the next mark.
const markBody = (html: string, mark: string) =>
	[...html.matchAll(new RegExp(`aria-label="${mark}"[^>]*>(.*?)(?=<g aria-label=|</svg>)`, 'g'))].map((m) => m[1]).join('');

function row(year: number, category: string, unit_id: string, bottom_rank: number): BottomRankRow {
	return { year, category, unit_id, name: `单位${unit_id}`, bottom_rank, in_bottom_two: bottom_rank <= 2, pool_size: 20, bottom_two_size: 2 };
}

// A: bottom two in 2002 and 2003 (one run); B: 2001 and 2003 (no run); C (township): 2001–2003 (two runs).
const rows: BottomRankRow[] = [
	row(2001, 'department', 'A', 8), row(2002, 'department', 'A', 2), row(2003, 'department', 'A', 1),
	row(2001, 'department', 'B', 1), row(2002, 'department', 'B', 5), row(2003, 'department', 'B', 2),
	row(2001, 'township', 'C', 1), row(2002, 'township', 'C', 2), row(2003, 'township', 'C', 1)
];

describe('bottomTwoRuns', () => {
	it('finds the pairs of consecutive years in the bottom two', () => {
		expect(bottomTwoRuns(rows).map((r) => `${r.unit_id}${r.x1}-${r.x2}`)).toEqual(['A2002-2003', 'C2001-2002', 'C2002-2003']);
	});
});

describe('bottomRankOptions', () => {
	it('draws a line per unit in each category, the runs in red and the units named once per run', () => {
		const html = renderChart(bottomRankOptions(rows, 2003));
		expect(html.startsWith('<svg')).toBe(true);
		// one path per unit in the line mark (facets: two units in 区级部门, one in 街道镇乡)
		expect(markBody(html, 'line').match(/<path/g)).toHaveLength(3);
		// three run links, in red
		const links = markBody(html, 'link').match(/<path[^>]*>/g) ?? [];
		expect(links).toHaveLength(3);
		expect(html).toMatch(new RegExp(`<g aria-label="link"[^>]*stroke="${RUN_COLOR}"|aria-label="link"[^<]*<g[^>]*stroke="${RUN_COLOR}"`));
		// dots: 9 points drawn (7 in the bottom two, red) + 9 invisible tip targets
		expect(markBody(html, 'dot').match(/<circle/g)).toHaveLength(18);
		expect(html.match(new RegExp(`fill="${RUN_COLOR}"`, 'g'))?.length).toBeGreaterThanOrEqual(1);
		// labels: A once, C once (its two runs join), B never
		expect(html.match(/>单位A</g)).toHaveLength(1);
		expect(html.match(/>单位C</g)).toHaveLength(1);
		expect(html).not.toContain('>单位B<');
		expect(html).toContain('区级部门');
		expect(html).toContain('街道镇乡');
		expect(html).toContain('倒数名次');
		expect(html).toMatch(/>2002<\/text>/);
		expect(html).not.toContain('NaN');
	});

	it('links each unit’s line, points, runs and label to its page, in the SVG itself', () => {
		const html = renderChart(bottomRankOptions(rows, 2003));
		const hrefs = (mark: string) => [...markBody(html, mark).matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
		// one line per unit, each a link (the keyboard's one stop per unit)
		expect(hrefs('line').sort()).toEqual(['/units/A', '/units/B', '/units/C']);
		expect(markBody(html, 'line')).not.toContain('tabindex');
		// the run links: A once, C twice
		expect(hrefs('link').sort()).toEqual(['/units/A', '/units/C', '/units/C']);
		// every point (the invisible layer on top, which takes the click), out of the tab order
		const points = [...markBody(html, 'dot').matchAll(/<a ([^>]*)><circle/g)].map((m) => m[1]!);
		expect(points).toHaveLength(rows.length);
		expect(new Set(points.map((a) => a.match(/href="([^"]+)"/)?.[1]))).toEqual(new Set(['/units/A', '/units/B', '/units/C']));
		expect(points.every((a) => a.includes('tabindex="-1"'))).toBe(true);
		expect(html).toMatch(/<a [^>]*href="\/units\/A"[^>]*><text[^>]*>单位A</);
	});

	it('speaks the reader’s language through t', () => {
		const html = renderChart(bottomRankOptions(rows, 2003, translator('en')));
		expect(html).toContain('aria-label="Chart of the ranks from the bottom"');
		// the long English names of the categories wrap within the right margin
		const text = html.replace(/<\/tspan><tspan[^>]*>/g, ' ');
		expect(text).toContain('>District departments<');
		expect(text).toContain('>Streets, towns and townships<');
		expect(html).toContain('Rank from the bottom (1 = last)');
		expect(html).not.toContain('区级部门');
		expect(html).not.toContain('倒数名次');
		// the facets keep the categories' order: departments above townships
		expect(text.indexOf('District departments')).toBeLessThan(text.indexOf('Streets, towns and townships'));
	});

	it('draws nothing but axes when no unit was ever in the bottom two', () => {
		const html = renderChart(bottomRankOptions([]));
		expect(html).not.toContain('NaN');
	});
});
