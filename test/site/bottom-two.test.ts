// The bottom-two page (连续两年后两名) on the sample warehouse: the bottom-rank chart drawn on the
// server, the alerts of the chosen year exactly as the warehouse has them, and the rule read from
// the year's stored policy; the chart's units link to their pages, its history comes as Arrow
// rather than with the page, the page speaks English with the lang cookie, and the alerts download
// as CSV and XLSX with the warehouse's rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { tableFromIPC } from 'apache-arrow';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { ALERT_LABELS } from '../../src/lib/labels.js';
import { sharedSite, type Site } from '../helpers/site.js';
import { csvRows, downloadLinks, xlsxSheet } from '../helpers/downloads.js';

interface AlertRow {
	year: number;
	kind: string;
	unit_id: string;
	cadre_id: string | null;
}

let site: Site;
let alerts: AlertRow[];
let years: number[];
let exempt: { year: number; name: string }[];
let sizes: { year: number; size: number }[];
let ever: string[];
let historyRows: number;
beforeAll(async () => {
	site = sharedSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	alerts = await wh.all<AlertRow>('SELECT year, kind, unit_id, cadre_id FROM alerts');
	years = (await wh.all<{ year: number }>('SELECT year FROM years ORDER BY year')).map((y) => y.year);
	exempt = await wh.all('SELECT year, name FROM policy_groups WHERE bottom_two_exempt');
	sizes = await wh.all('SELECT year, bottom_two_size::INTEGER AS size FROM policy_rules');
	ever = (await wh.all<{ unit_id: string }>('SELECT DISTINCT unit_id FROM unit_results WHERE in_bottom_two ORDER BY unit_id')).map((u) => u.unit_id);
	[{ n: historyRows } = { n: 0 }] = await wh.all<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM unit_results
		 WHERE bottom_rank IS NOT NULL AND unit_id IN (SELECT unit_id FROM unit_results WHERE in_bottom_two)`
	);
	wh.close();
});
afterAll(async () => site?.stop());

const page = async (query = '', lang?: string) => {
	const res = await site.get(`/bottom-two${query}`, { lang });
	return { status: res.status, html: await res.text() };
};

/** The download link of a format on the page, as an absolute URL. */
const key = (a: { kind: string; unit_id: string; cadre_id: string | null }) => `${a.kind}|${a.unit_id}|${a.cadre_id ?? ''}`;

function tableAlerts(html: string): string[] {
	return [...html.matchAll(/<tr data-kind="([^"]+)" data-unit="([^"]+)" data-cadre="([^"]*)"/g)].map((m) => `${m[1]}|${m[2]}|${m[3]}`);
}

describe('bottom-two page', () => {
	it('serves the latest year with the bottom-rank chart drawn on the server', async () => {
		const { status, html } = await page();
		expect(status).toBe(200);
		expect(html).toContain('连续两年后两名');
		expect(html).toMatch(new RegExp(`<option value="${years.at(-1)}" selected`));
		const svg = html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>'));
		expect(svg).toContain('aria-label="倒数名次变化图"');
		expect(svg).toContain('aria-label="link"'); // the consecutive runs
		expect(svg).toContain('区级部门');
		expect(svg).toContain('街道镇乡');
	});

	it('lists, for every year, exactly the alerts of the warehouse, or says there are none', async () => {
		expect(alerts.length).toBeGreaterThan(0);
		for (const year of years) {
			const { status, html } = await page(`?year=${year}`);
			expect(status).toBe(200);
			const expected = alerts.filter((a) => a.year === year).map(key).sort();
			expect(tableAlerts(html).sort(), `${year}`).toEqual(expected);
			if (expected.length === 0) expect(html).toContain(`${year} 年度没有预警`);
			else expect(html).toContain(`共 ${expected.length} 条`);
		}
	});

	it('names the principal leaders of a unit in the bottom two twice running', async () => {
		const a = alerts.find((x) => x.kind === 'bottom_two_consecutive' && x.cadre_id !== null)!;
		const wh = await Warehouse.open(site.db, { readOnly: true });
		const [cadre] = await wh.all<{ name: string }>('SELECT name FROM cadre_results WHERE year = $year AND cadre_id = $id', { year: a.year, id: a.cadre_id });
		wh.close();
		const { html } = await page(`?year=${a.year}`);
		const row = html.slice(html.indexOf(`<tr data-kind="${a.kind}" data-unit="${a.unit_id}" data-cadre="${a.cadre_id}"`));
		const cells = row.slice(0, row.indexOf('</tr>'));
		expect(cells).toContain('连续两年列后两名');
		expect(cells).toContain(cadre!.name);
	});

	it('states the rule with the parameters of the year’s stored policy, and ?year= changes the year', async () => {
		for (const year of [2003, 2008]) {
			const { html } = await page(`?year=${year}`);
			expect(html).toMatch(new RegExp(`<option value="${year}" selected`));
			expect(html).toContain(`${year} 年度规则`);
			expect(html).toContain(`（后 ${sizes.find((s) => s.year === year)!.size} 名）的，主要领导给予职务调整`);
			for (const e of exempt.filter((x) => x.year === year)) expect(html).toContain(`不含${e.name}`);
		}
		expect((await page('?year=1990')).status).toBe(404);
	});

	it('links the lines and points of every unit drawn to the unit’s page, in the server’s SVG', async () => {
		expect(ever.length).toBeGreaterThan(0);
		const { html } = await page();
		const svg = html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>'));
		const marks = (mark: string) => {
			const start = svg.indexOf(`aria-label="${mark}"`);
			const end = svg.indexOf('<g aria-label=', start + 1);
			return svg.slice(start, end < 0 ? undefined : end);
		};
		const linked = (body: string, element: string) =>
			[...body.matchAll(new RegExp(`<a [^>]*href="/units/([^"]+)"[^>]*><${element}`, 'g'))].map((m) => m[1]!);
		// one line per unit ever in the bottom two, each a link to it
		expect(linked(marks('line'), 'path').sort()).toEqual(ever);
		// and every point of every such unit (the top layer of dots, which takes the click)
		expect(new Set(linked(svg, 'circle'))).toEqual(new Set(ever));
		expect(linked(svg, 'circle')).toHaveLength(historyRows);
	});

	it('sends the chart’s history as Arrow, not with the page', async () => {
		const { html } = await page();
		// the page's data holds this year's bottom two, not every year of every unit
		expect(html).not.toContain('pool_size');
		const res = await site.get(`/bottom-two/history`, { role: 'leader' });
		expect(res.status).toBe(200);
		const table = tableFromIPC(new Uint8Array(await res.arrayBuffer()));
		expect(table.numRows).toBe(historyRows);
		const rows = table.toArray().map((r) => r.toJSON());
		expect(new Set(rows.map((r) => r.unit_id))).toEqual(new Set(ever));
		// the types the chart builder expects: numbers and booleans, not strings or BigInts
		expect(typeof rows[0]!.year).toBe('number');
		expect(typeof rows[0]!.bottom_rank).toBe('number');
		expect(typeof rows[0]!.in_bottom_two).toBe('boolean');
		expect(html).toContain('href="/data/bottom_two_history?format=csv"');
	});

	it('speaks English with the lang cookie, the rule sentence included', async () => {
		const year = 2008;
		const { status, html } = await page(`?year=${year}`, 'en');
		expect(status).toBe(200);
		expect(html).toContain('lang="en"');
		expect(html).toContain('<h1>Bottom two, two years running</h1>');
		expect(html).toContain(`>The rule in ${year}</h2>`);
		expect(html).toContain(`>Alerts in ${year}</h2>`);
		const size = sizes.find((s) => s.year === year)!.size;
		expect(html).toContain(`bottom ${size === 2 ? 'two' : size} (${size}) two years running are moved to other posts.`);
		for (const e of exempt.filter((x) => x.year === year)) expect(html).toContain(`excluding ${e.name}`);
		expect(html).not.toContain('主要领导给予职务调整');
		expect(html).toContain('aria-label="Chart of the ranks from the bottom"');
		// the same alerts, whatever the language
		expect(tableAlerts(html).sort()).toEqual(alerts.filter((a) => a.year === year).map(key).sort());
	});

	it('offers the year’s alerts as CSV and XLSX with exactly the warehouse’s rows', async () => {
		const year = alerts.find((a) => a.kind === 'bottom_two_consecutive')!.year;
		const expected = alerts.filter((a) => a.year === year);
		const { html } = await page(`?year=${year}`);

		const links = downloadLinks(html).get('alerts')!;
		const csv = await csvRows(site.url + links.csv);
		const labelKind = (k: string) => ALERT_LABELS[k] ?? k;
		const fileKey = (r: Record<string, string>) => `${r['预警类型']}|${r['单位编码']}|${r['干部编码'] ?? ''}`;
		const want = expected.map((a) => `${labelKind(a.kind)}|${a.unit_id}|${a.cadre_id ?? ''}`).sort();
		expect(csv.map(fileKey).sort()).toEqual(want);

		const ws = await xlsxSheet(site.url + links.xlsx);
		expect(ws.rowCount).toBe(expected.length + 1);
		const header = (ws.getRow(1).values as unknown[]).slice(1);
		const col = (name: string) => header.indexOf(name) + 1;
		const cell = (r: ExcelJS.Row, name: string) => String(r.getCell(col(name)).value ?? '');
		const rows = ws.getRows(2, expected.length)!.map((r) => `${cell(r, '预警类型')}|${cell(r, '单位编码')}|${cell(r, '干部编码')}`);
		expect(rows.sort()).toEqual(want);
	});
});
