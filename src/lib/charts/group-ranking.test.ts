import { describe, expect, it } from 'vitest';
import { renderChart } from './render.js';
import { groupRankingOptions, type GroupRankingRow } from './group-ranking.js';
import { UNIT_GRADE_COLORS } from '../labels.js';
import { translator } from '../i18n/index.js';

const markBody = (html: string, mark: string) => html.match(new RegExp(`aria-label="${mark}"[^>]*>(.*?)</g>`))?.[1] ?? '';

const rows: GroupRankingRow[] = [
	{ unit_id: 'D1', name: '区委办公室', target_score: 97.5, composite_score: 96.1, rank_in_group: 1, grade: 'outstanding', vetoed: false },
	{ unit_id: 'D2', name: '区政府办公室', target_score: 92, composite_score: 93, rank_in_group: 2, grade: 'qualified', vetoed: false },
	{ unit_id: 'D3', name: '区财政局', target_score: 92, composite_score: null, rank_in_group: 2, grade: 'unqualified', vetoed: true },
	{ unit_id: 'D4', name: '区审计局', target_score: 85.25, composite_score: 88, rank_in_group: 4, grade: 'basically_qualified', vetoed: false }
];

describe('groupRankingOptions', () => {
	it('draws one bar per unit in rank order, coloured by grade, with the scores and thresholds', () => {
		const html = renderChart(groupRankingOptions(rows, { groupName: '综合组', qualifiedMin: 90, basicMin: 80 }));
		expect(html.startsWith('<svg')).toBe(true);
		expect(html).toContain('aria-label="综合组目标考核得分条形图"');
		const bars = markBody(html, 'bar').match(/<rect[^>]*>/g) ?? [];
		expect(bars).toHaveLength(4);
		// Grade colours, the same as everywhere on the site.
		expect(bars[0]).toContain(`fill="${UNIT_GRADE_COLORS.outstanding}"`);
		expect(bars[2]).toContain(`fill="${UNIT_GRADE_COLORS.unqualified}"`);
		expect(bars[3]).toContain(`fill="${UNIT_GRADE_COLORS.basically_qualified}"`);
		// Unit names on the axis, in rank order.
		const names = [...html.matchAll(/<text[^>]*>(区[^<]*)<\/text>/g)].map((m) => m[1]);
		expect(names.slice(0, 4)).toEqual(['区委办公室', '区政府办公室', '区财政局', '区审计局']);
		expect(html).toContain('85.25');
		expect(html).toContain('92.00 否决');
		expect(html).toContain('达标 90');
		expect(html).toContain('基本达标 80');
		expect(html).toContain('目标考核得分');
		expect(html).not.toContain('NaN');
		// The scores are drawn over the threshold lines, with a white halo, so a line never strikes one through.
		const scores = html.indexOf('>85.25</text>');
		expect(html.lastIndexOf('aria-label="rule"', scores)).toBeGreaterThan(-1);
		const scoreGroup = html.slice(html.lastIndexOf('<g', html.lastIndexOf('aria-label="text"', scores)), scores);
		expect(scoreGroup).toMatch(/stroke="white"/);
		expect(scoreGroup).toMatch(/paint-order="stroke"/);
	});

	it('links every bar and unit name to the unit’s page, in the SVG itself', () => {
		const html = renderChart(groupRankingOptions(rows, { groupName: '综合组' }));
		// each bar sits in an <a href="/units/<id>">, in rank order
		const barLinks = [...markBody(html, 'bar').matchAll(/<a [^>]*href="([^"]+)"[^>]*><rect/g)].map((m) => m[1]);
		expect(barLinks).toEqual(['/units/D1', '/units/D2', '/units/D3', '/units/D4']);
		// the names on the axis too: one keyboard stop per unit there, the bars are for the mouse
		const nameLinks = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*><text[^>]*>(区[^<]*)<\/text>/g)].map((m) => `${m[1]} ${m[2]}`);
		expect(nameLinks).toEqual(['/units/D1 区委办公室', '/units/D2 区政府办公室', '/units/D3 区财政局', '/units/D4 区审计局']);
		expect(markBody(html, 'bar').match(/<a [^>]*tabindex="-1"/g)).toHaveLength(4);
		expect(html).toContain('aria-label="区审计局 85.25"');
	});

	it('speaks the reader’s language through t', () => {
		const html = renderChart(
			groupRankingOptions(rows, { groupName: '综合组', qualifiedMin: 90, basicMin: 80, locale: 'en' }, translator('en'))
		);
		expect(html).toContain('aria-label="Bar chart of the target scores in 综合组"');
		expect(html).toContain('>Target score<');
		expect(html).toContain('>Qualified 90<');
		expect(html).toContain('>Basically qualified 80<');
		expect(html).toContain('>92.00 veto<');
		expect(html).not.toContain('目标考核得分');
		// grade colours do not depend on the language
		const bars = markBody(html, 'bar').match(/<rect[^>]*>/g) ?? [];
		expect(bars[0]).toContain(`fill="${UNIT_GRADE_COLORS.outstanding}"`);
		expect(bars[3]).toContain(`fill="${UNIT_GRADE_COLORS.basically_qualified}"`);
	});

	it('draws an empty group without failing', () => {
		const html = renderChart(groupRankingOptions([], { groupName: '空组' }));
		expect(markBody(html, 'bar').match(/<rect/g) ?? []).toHaveLength(0);
		expect(html).not.toContain('NaN');
	});

	it('starts every bar at 0, so that its length is the score', () => {
		const html = renderChart(groupRankingOptions(rows, { groupName: '综合组', width: 640 }));
		const bars = (markBody(html, 'bar').match(/<rect[^>]*>/g) ?? []).map((r) => ({
			x: Number(/ x="([\d.]+)"/.exec(r)![1]),
			width: Number(/ width="([\d.]+)"/.exec(r)![1])
		}));
		expect(bars).toHaveLength(4);
		// all from one left edge, the x axis's 0
		expect(new Set(bars.map((b) => b.x)).size).toBe(1);
		expect(html).toMatch(/<text[^>]*>0<\/text>/);
		// lengths in the ratio of the scores: 85.25 is 87 % of 97.5, not a third of it as from 75
		expect(bars[3]!.width / bars[0]!.width).toBeCloseTo(85.25 / 97.5, 2);
	});

	it('fits a phone: narrower margins, a long name cut with an ellipsis (whole on a wide screen), fewer ticks', () => {
		const long = [{ ...rows[0]!, name: '区人民政府办公室机关事务管理局' }, ...rows.slice(1)];
		const wide = renderChart(groupRankingOptions(long, { groupName: '综合组', width: 1000 }));
		const phone = renderChart(groupRankingOptions(long, { groupName: '综合组', width: 340 }));
		expect(phone).toMatch(/<svg[^>]* width="340"/);
		expect(phone).toContain('>区人民政府办公…<');
		expect(wide).toContain('>区人民政府办公室机关事务管理局<');
		const ticks = (html: string) => (html.slice(html.indexOf('aria-label="x-axis tick label"')).match(/<text/g) ?? []).length;
		expect(ticks(phone)).toBeLessThan(ticks(wide));
	});
});
