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

	it('shows the latest year with its grade counts as the warehouse has them', async () => {
		const html = await (await fetch(site.url + '/')).text();
		// The site holds the file read-only; another read-only opener may share it.
		const wh = await Warehouse.open(site.db, { readOnly: true });
		const [latest] = await wh.all<{ year: number; n: bigint }>(
			"SELECT year, count(*) FILTER (WHERE grade = 'outstanding') AS n FROM unit_results GROUP BY year ORDER BY year DESC LIMIT 1"
		);
		wh.close();
		expect(html).toContain(String(latest!.year));
		expect(Number(latest!.n)).toBeGreaterThan(0);
	});
});
