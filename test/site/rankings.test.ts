// The group rankings page (分组排名) on the sample warehouse: per group, the units the warehouse
// holds, in rank order, with the bar chart drawn on the server; ?year= picks the year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { startSite, type Site } from '../helpers/site.js';

interface UnitRow {
	year: number;
	group_id: string;
	unit_id: string;
	rank_in_group: number;
	prev_rank: number | null;
}

let site: Site;
let units: UnitRow[];
let latest: number;
beforeAll(async () => {
	site = await startSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	units = await wh.all<UnitRow>(
		`SELECT u.year, u.group_id, u.unit_id, u.rank_in_group::INTEGER AS rank_in_group, p.rank_in_group::INTEGER AS prev_rank
		 FROM unit_results u LEFT JOIN unit_results p ON p.year = u.year - 1 AND p.unit_id = u.unit_id AND p.group_id = u.group_id
		 ORDER BY u.year, u.group_id, u.rank_in_group, u.target_score DESC, u.unit_id`
	);
	wh.close();
	latest = Math.max(...units.map((u) => u.year));
}, 240_000);
afterAll(async () => site?.stop());

const page = async (query = '') => {
	const res = await fetch(`${site.url}/rankings${query}`);
	return { status: res.status, html: await res.text() };
};

/** The unit ids of one group's table, in order. */
function tableUnits(html: string, group: string): string[] {
	const start = html.indexOf(`<tbody data-group="${group}"`);
	if (start < 0) return [];
	const body = html.slice(start, html.indexOf('</tbody>', start));
	return [...body.matchAll(/<tr data-unit="([^"]+)"/g)].map((m) => m[1]!);
}

describe('rankings page', () => {
	it('serves the latest year by default with one server-drawn bar chart per group', async () => {
		const { status, html } = await page();
		expect(status).toBe(200);
		expect(html).toContain('分组排名');
		expect(html).toMatch(new RegExp(`<option value="${latest}" selected`));
		const groups = new Set(units.filter((u) => u.year === latest).map((u) => u.group_id));
		expect(groups.size).toBe(6);
		const charts = html.match(/<svg[^>]*aria-label="[^"]*目标考核得分条形图"/g) ?? [];
		expect(charts).toHaveLength(groups.size);
		// one bar per unit of the year
		const bars = [...html.matchAll(/aria-label="bar"[^>]*>(.*?)<\/g>/g)].reduce((n, m) => n + (m[1]!.match(/<rect/g)?.length ?? 0), 0);
		expect(bars).toBe(units.filter((u) => u.year === latest).length);
	});

	it('lists, per group, exactly the units of the warehouse in rank order, each linking to its page', async () => {
		for (const year of [latest, 2007]) {
			const { html } = await page(`?year=${year}`);
			const ofYear = units.filter((u) => u.year === year);
			for (const group of new Set(ofYear.map((u) => u.group_id))) {
				const expected = ofYear.filter((u) => u.group_id === group).map((u) => u.unit_id);
				expect(tableUnits(html, group), `${year} ${group}`).toEqual(expected);
			}
			for (const u of ofYear.slice(0, 5)) expect(html).toContain(`href="/units/${u.unit_id}"`);
		}
	});

	it('shows the rank change from the year before', async () => {
		const { html } = await page('?year=2007');
		const moved = units.find((u) => u.year === 2007 && u.prev_rank !== null && u.prev_rank > u.rank_in_group)!;
		const row = html.slice(html.indexOf(`<tr data-unit="${moved.unit_id}"`));
		expect(row.slice(0, row.indexOf('</tr>'))).toContain(`↑${moved.prev_rank! - moved.rank_in_group}`);
		// the first year has no year before: no arrows at all
		const first = await page('?year=2001');
		expect(first.html).not.toMatch(/[↑↓]\d/);
		expect(first.html).toContain('不显示名次变化');
	});

	it('changes the year with ?year= and refuses a year it does not hold', async () => {
		const a = await page('?year=2003');
		expect(a.status).toBe(200);
		expect(a.html).toMatch(/<option value="2003" selected/);
		expect(a.html).toContain('2003 年度');
		const group = units.find((u) => u.year === 2003)!.group_id;
		expect(tableUnits(a.html, group)).toEqual(units.filter((u) => u.year === 2003 && u.group_id === group).map((u) => u.unit_id));
		expect((await page('?year=1990')).status).toBe(404);
		expect((await page('?year=abc')).status).toBe(400);
	});
});
