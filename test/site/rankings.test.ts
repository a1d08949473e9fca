// The group rankings page (分组排名) on the sample warehouse: per group, the units the warehouse
// holds, in rank order, with the bar chart drawn on the server (its bars linking to the units);
// ?year= picks the year; in English with the lang cookie; the year's table downloads as CSV and
// XLSX with the warehouse's rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { UNIT_GRADE_LABELS } from '../../src/lib/labels.js';
import { sharedSite, type Site } from '../helpers/site.js';
import { csvRows, downloadLinks, xlsxSheet } from '../helpers/downloads.js';

interface UnitRow {
	year: number;
	group_id: string;
	unit_id: string;
	rank_in_group: number;
	prev_rank: number | null;
	target_score: number;
	grade: keyof typeof UNIT_GRADE_LABELS;
}

let site: Site;
let units: UnitRow[];
let latest: number;
beforeAll(async () => {
	site = sharedSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	units = await wh.all<UnitRow>(
		`SELECT u.year, u.group_id, u.unit_id, u.rank_in_group::INTEGER AS rank_in_group, p.rank_in_group::INTEGER AS prev_rank,
		        u.target_score::DOUBLE AS target_score, u.grade
		 FROM unit_results u LEFT JOIN unit_results p ON p.year = u.year - 1 AND p.unit_id = u.unit_id AND p.group_id = u.group_id
		 ORDER BY u.year, u.group_id, u.rank_in_group, u.target_score DESC, u.unit_id`
	);
	wh.close();
	latest = Math.max(...units.map((u) => u.year));
});
afterAll(async () => site?.stop());

const page = async (query = '', lang?: string) => {
	const res = await site.get(`/rankings${query}`, { lang });
	return { status: res.status, html: await res.text() };
};

/** The server-drawn chart (the first <svg>…</svg>) of one group's section. */
function groupChart(html: string, group: string): string {
	const section = html.slice(html.indexOf(`<section id="group-${group}"`));
	return section.slice(section.indexOf('<svg'), section.indexOf('</svg>'));
}

/** The download link of a format on the page, as an absolute URL. */
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

	it('links each bar of a group’s chart to the page of its unit, in the server’s SVG', async () => {
		const { html } = await page('?year=2007');
		const ofYear = units.filter((u) => u.year === 2007);
		for (const group of new Set(ofYear.map((u) => u.group_id))) {
			const svg = groupChart(html, group);
			const bars = svg.slice(svg.indexOf('aria-label="bar"'));
			const linked = [...bars.slice(0, bars.indexOf('</g>')).matchAll(/<a [^>]*href="\/units\/([^"]+)"[^>]*><rect/g)].map((m) => m[1]);
			// one link per bar, in rank order: the units of the group, no other
			expect(linked, group).toEqual(ofYear.filter((u) => u.group_id === group).map((u) => u.unit_id));
		}
	});

	it('speaks English with the lang cookie', async () => {
		const { status, html } = await page('?year=2007', 'en');
		expect(status).toBe(200);
		expect(html).toContain('lang="en"');
		expect(html).toContain('<h1>Group rankings</h1>');
		expect(html).toMatch(/<option value="2007" selected[^>]*>2007</);
		const n = units.filter((u) => u.year === 2007).length;
		expect(html).toContain(`2007: ${n} units in 6 assessment groups`);
		// each header a sort button
		for (const th of ['Rank', 'Unit', 'Target score', 'Composite score', 'Grade', 'Rank change']) expect(html).toMatch(new RegExp(`>${th}</button>(<!--[^>]*-->|\\s)*</th>`));
		expect(html).toMatch(/<svg[^>]*aria-label="Bar chart of the target scores in [^"]+"/);
		// the chart's axis and the page's own sentences are no longer Chinese
		expect(html).not.toContain('目标考核得分');
		expect(html).not.toContain('个单位');
		// the same units, in the same order, whatever the language
		const group = units.find((u) => u.year === 2007)!.group_id;
		expect(tableUnits(html, group)).toEqual(units.filter((u) => u.year === 2007 && u.group_id === group).map((u) => u.unit_id));
	});

	it('offers the year’s rankings as CSV and XLSX with exactly the warehouse’s rows', async () => {
		const year = 2007;
		const { html } = await page(`?year=${year}`);
		const expected = units.filter((u) => u.year === year);

		const links = downloadLinks(html).get('rankings')!;
		const csv = await csvRows(site.url + links.csv);
		expect(csv).toHaveLength(expected.length);
		const byUnit = new Map(csv.map((r) => [r['单位编码'], r]));
		for (const u of expected) {
			const r = byUnit.get(u.unit_id);
			expect(r, u.unit_id).toBeDefined();
			expect(Number(r!['名次']), u.unit_id).toBe(u.rank_in_group);
			expect(Number(r!['目标考核得分']), u.unit_id).toBeCloseTo(u.target_score, 6);
			expect(r!['等次'], u.unit_id).toBe(UNIT_GRADE_LABELS[u.grade]);
			expect(r!['上年名次'] === '' ? null : Number(r!['上年名次']), u.unit_id).toBe(u.prev_rank);
		}

		const ws = await xlsxSheet(site.url + links.xlsx);
		expect(ws.rowCount).toBe(expected.length + 1);
		const header = (ws.getRow(1).values as unknown[]).slice(1);
		const col = (name: string) => header.indexOf(name) + 1;
		expect(col('单位编码')).toBeGreaterThan(0);
		const rows = ws.getRows(2, expected.length)!.map((r) => ({ unit: r.getCell(col('单位编码')).value, score: r.getCell(col('目标考核得分')).value }));
		expect(rows.map((r) => r.unit).sort()).toEqual(expected.map((u) => u.unit_id).sort());
		for (const r of rows) expect(r.score).toBe(expected.find((u) => u.unit_id === r.unit)!.target_score);
	});
});
