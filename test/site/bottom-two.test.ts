// The bottom-two page (连续两年后两名) on the sample warehouse: the bottom-rank chart drawn on the
// server, the alerts of the chosen year exactly as the warehouse has them, and the rule read from
// the year's stored policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { startSite, type Site } from '../helpers/site.js';

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
beforeAll(async () => {
	site = await startSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	alerts = await wh.all<AlertRow>('SELECT year, kind, unit_id, cadre_id FROM alerts');
	years = (await wh.all<{ year: number }>('SELECT year FROM years ORDER BY year')).map((y) => y.year);
	exempt = await wh.all('SELECT year, name FROM policy_groups WHERE bottom_two_exempt');
	sizes = await wh.all('SELECT year, bottom_two_size::INTEGER AS size FROM policy_rules');
	wh.close();
}, 240_000);
afterAll(async () => site?.stop());

const page = async (query = '') => {
	const res = await fetch(`${site.url}/bottom-two${query}`);
	return { status: res.status, html: await res.text() };
};

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
});
