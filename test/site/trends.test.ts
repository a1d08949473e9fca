// The built site's /trends page on the sample warehouse: every chart drawn on the server, one point
// per year in the unanimous chart, reverse evaluation only in its years, and the rise sentence
// with the warehouse's own numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { startSite, type Site } from '../helpers/site.js';

let site: Site;
let html: string;
let status: number;
beforeAll(async () => {
	site = await startSite();
	const res = await fetch(site.url + '/trends');
	status = res.status;
	html = await res.text();
}, 240_000);
afterAll(async () => site?.stop());

/** The svg whose aria-label is `label`. */
function svg(label: string): string {
	const start = html.indexOf(`aria-label="${label}"`);
	expect(start).toBeGreaterThan(-1);
	return html.slice(start, html.indexOf('</svg>', start));
}

describe('/trends', () => {
	it('is served with its charts drawn on the server', () => {
		expect(status).toBe(200);
		expect(html).toContain('满意度趋势');
		expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(5);
		expect(svg('民主测评平均得分折线图').match(/<circle/g)?.length).toBe(40); // 10 years × 4 series
		expect(svg('各年度单位考核等次构成堆积柱状图').match(/<rect/g)?.length).toBeGreaterThanOrEqual(20);
		expect(html).not.toContain('NaN');
	});

	it('shows one point per year and series in the unanimous chart', async () => {
		const wh = await Warehouse.open(site.db, { readOnly: true });
		const years = await wh.all<{ year: number }>('SELECT DISTINCT year FROM satisfaction ORDER BY year');
		wh.close();
		expect(years).toHaveLength(10);
		const chart = svg('满意度趋势折线图');
		// three series (two team rates, the cadre rate), one dot per year each
		expect(chart.match(/<circle/g)?.length).toBe(3 * years.length);
		for (const { year } of years) expect(chart).toContain(`>${year}</text>`);
	});

	it('draws reverse evaluation per aspect only for the years that have it, named from the policy', async () => {
		const wh = await Warehouse.open(site.db, { readOnly: true });
		const { first, n } = (await wh.all<{ first: number; n: bigint }>('SELECT min(year) AS first, count(DISTINCT year) AS n FROM reverse_shares'))[0]!;
		const aspects = await wh.all<{ name: string }>(
			`SELECT DISTINCT name FROM policy_reverse_aspects WHERE subject = 'team' AND kind = 'reverse' AND year = $y`,
			{ y: first! }
		);
		wh.close();
		const team = svg('领导班子反向测评平均勾选比例折线图');
		expect(team).toContain(`>${first}</text>`);
		expect(team).not.toContain(`>${first! - 1}</text>`);
		expect(team.match(/<circle/g)?.length).toBe(aspects.length * Number(n));
		for (const a of aspects) expect(html).toContain(a.name);
		expect(svg('领导干部反向测评平均勾选比例折线图').match(/<circle/g)?.length).toBeGreaterThan(0);
	});

	it('states the rise of the team unanimous rate with the warehouse numbers', async () => {
		const wh = await Warehouse.open(site.db, { readOnly: true });
		const rows = await wh.all<{ year: number; category: string; u: number; t: number }>(
			`SELECT year, category, teams_unanimous::INTEGER AS u, teams::INTEGER AS t FROM satisfaction WHERE year IN (2001, 2007)`
		);
		wh.close();
		const pct = (u: number, t: number) => `${((100 * u) / t).toFixed(1)}%`;
		const y1 = rows.filter((r) => r.year === 2001);
		const first = pct(y1.reduce((s, r) => s + r.u, 0), y1.reduce((s, r) => s + r.t, 0));
		const town = rows.find((r) => r.year === 2007 && r.category === 'township')!;
		const dept = rows.find((r) => r.year === 2007 && r.category === 'department')!;
		const sentence = html.slice(html.indexOf('data-testid="rise"'), html.indexOf('</p>', html.indexOf('data-testid="rise"'))).replace(/<!--[^>]*-->/g, '');
		expect(sentence).toContain(`2001 年领导班子满票率 ${first}`);
		expect(sentence).toContain(`2007 年街道镇乡 ${pct(town.u, town.t)}、区级部门 ${pct(dept.u, dept.t)}`);
	});
});
