// The built site on the sample warehouse: the home page is server-rendered with a Plot chart of
// the warehouse's own satisfaction figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { startSite, type Site } from '../helpers/site.js';

let site: Site;
beforeAll(async () => {
	site = await startSite();
}, 240_000);
afterAll(async () => site?.stop());

describe('home page', () => {
	it('serves the overview with the satisfaction chart drawn on the server', async () => {
		const res = await fetch(site.url + '/');
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('lang="zh-CN"');
		expect(html).toContain('满意度');
		const svg = html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>'));
		expect(svg.length).toBeGreaterThan(0);
		// one dot per year and series: 10 years × 3 series (two team rates and the cadre rate)
		expect(svg.match(/<circle/g)?.length).toBe(30);
	});

	it('shows the unit grade counts of the latest year per category exactly as the warehouse has them', async () => {
		const html = await (await fetch(site.url + '/')).text();
		// The site holds the file read-only; another read-only opener may share it.
		const wh = await Warehouse.open(site.db, { readOnly: true });
		const counts = await wh.all<{ category: string; grade: string; n: bigint }>(
			`SELECT category, grade, count(*) AS n FROM unit_results
			 WHERE year = (SELECT max(year) FROM unit_results) GROUP BY ALL`
		);
		const [{ year } = { year: 0 }] = await wh.all<{ year: number }>('SELECT max(year) AS year FROM unit_results');
		wh.close();
		expect(html).toContain(`${year} 年度单位考核等次`);
		const grades = ['outstanding', 'excellent', 'qualified', 'basically_qualified', 'unqualified'];
		for (const [category, label] of [['department', '区级部门'], ['township', '街道镇乡']]) {
			const row = html.slice(html.indexOf(`<th scope="row">${label}</th>`));
			const cells = [...row.slice(0, row.indexOf('</tr>')).matchAll(/<td[^>]*>([\d,]+)<\/td>/g)].map((m) => Number(m[1]!.replaceAll(',', '')));
			const expected = grades.map((g) => Number(counts.find((c) => c.category === category && c.grade === g)?.n ?? 0));
			expect(cells.slice(0, 5)).toEqual(expected);
		}
	});
});
