// The overview on the sample warehouse: for the chosen year (default the latest) the grade counts,
// the 特优/优秀 lists, the alerts and the total bonus are exactly the warehouse's, and the
// satisfaction chart is drawn on the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { sharedSite, type Site } from '../helpers/site.js';

let site: Site;
let wh: Warehouse;
let latest: number;
beforeAll(async () => {
	site = sharedSite();
	// The site holds the file read-only; another read-only opener may share it.
	wh = await Warehouse.open(site.db, { readOnly: true });
	[{ latest } = { latest: 0 }] = await wh.all<{ latest: number }>('SELECT max(year) AS latest FROM years');
});
afterAll(async () => {
	wh?.close();
	await site?.stop();
});

const get = async (path: string, lang?: string) => {
	const res = await site.get(path, { lang });
	return { status: res.status, html: await res.text() };
};

/** The text of the element with `attr` and what follows up to its closing `</tag>`. */
function block(html: string, attr: string, tag: string): string {
	const start = html.indexOf(attr);
	if (start < 0) return '';
	return html.slice(start, html.indexOf(`</${tag}>`, start));
}

describe('overview page', () => {
	it('serves the latest year with the satisfaction chart drawn on the server', async () => {
		const { status, html } = await get('/');
		expect(status).toBe(200);
		expect(html).toContain('lang="zh-CN"');
		expect(html).toContain(`${latest} 年度考核总览`);
		expect(html).toMatch(new RegExp(`<option value="${latest}" selected`));
		const svg = html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>'));
		// one dot per year and series: 10 years × 3 series (two team rates and the cadre rate)
		expect(svg.match(/<circle/g)?.length).toBe(30);
	});

	it('shows the unit grade counts per category exactly as the warehouse has them, for any year', async () => {
		for (const year of [latest, 2004]) {
			const { html } = await get(`/?year=${year}`);
			const counts = await wh.all<{ category: string; grade: string; n: number }>(
				`SELECT category, grade, count(*)::INTEGER AS n FROM unit_results WHERE year = $year GROUP BY ALL`,
				{ year }
			);
			const grades = ['outstanding', 'excellent', 'qualified', 'basically_qualified', 'unqualified'];
			for (const category of ['department', 'township']) {
				const row = block(html, `<tr data-category="${category}"`, 'tr');
				const cells = [...row.matchAll(/<td[^>]*>([\d,]+)<\/td>/g)].map((m) => Number(m[1]!.replaceAll(',', '')));
				const expected = grades.map((g) => counts.find((c) => c.category === category && c.grade === g)?.n ?? 0);
				expect(cells.slice(0, 5), `${year} ${category}`).toEqual(expected);
			}
		}
	});

	it('lists exactly the 特优 and 优秀 units, each linking to its dossier', async () => {
		const top = await wh.all<{ unit_id: string; grade: string }>(
			`SELECT unit_id, grade FROM unit_results WHERE year = $year AND grade IN ('outstanding', 'excellent') ORDER BY unit_id`,
			{ year: latest }
		);
		const { html } = await get('/');
		for (const grade of ['outstanding', 'excellent']) {
			const shown = [...block(html, `<div data-grade="${grade}"`, 'div').matchAll(/href="\/units\/([^"]+)"/g)].map((m) => m[1]).sort();
			expect(shown, grade).toEqual(top.filter((u) => u.grade === grade).map((u) => u.unit_id));
		}
		expect(top.some((u) => u.grade === 'outstanding')).toBe(true);
	});

	it('names every alert of the year with its unit and cadre, or says there is none', async () => {
		const years = await wh.all<{ year: number; n: number }>(
			'SELECT y.year, count(a.kind)::INTEGER AS n FROM years y LEFT JOIN alerts a USING (year) GROUP BY y.year ORDER BY y.year'
		);
		const withAlerts = years.find((y) => y.n > 0)!;
		const alerts = await wh.all<{ unit_id: string; cadre_id: string | null }>('SELECT unit_id, cadre_id FROM alerts WHERE year = $year', {
			year: withAlerts.year
		});
		const section = block((await get(`/?year=${withAlerts.year}`)).html, 'aria-labelledby="alerts"', 'section');
		for (const a of alerts) {
			expect(section).toContain(`href="/units/${a.unit_id}"`);
			if (a.cadre_id) expect(section).toContain(`href="/cadres/${a.cadre_id}"`);
		}
		const without = years.find((y) => y.n === 0)!;
		expect(block((await get(`/?year=${without.year}`)).html, 'aria-labelledby="alerts"', 'section')).toContain('本年度没有预警');
	});

	it('gives the total bonus in 万元 as the rewards table sums it', async () => {
		const [row] = await wh.all<{ total: number }>('SELECT sum(total_bonus)::DOUBLE AS total FROM rewards WHERE year = $year', {
			year: latest
		});
		const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(row!.total / 10_000);
		expect((await get('/')).html).toContain(`${wan} 万元`);
	});

	it('switches to English through /lang and back, staying on the page', async () => {
		const res = await fetch(`${site.url}/lang?to=en&back=${encodeURIComponent('/?year=2005')}`, { redirect: 'manual' });
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/?year=2005');
		expect(res.headers.get('set-cookie')).toMatch(/^lang=en;.*HttpOnly/i);
		const { html } = await get('/?year=2005', 'en');
		expect(html).toContain('lang="en"');
		expect(html).toContain('Assessment overview 2005');
		expect(html).toContain('>Group rankings<');
		expect(html).toContain('>中文<');
		// never away from the site: a back= that is not a path of this site is refused
		const away = await fetch(`${site.url}/lang?to=en&back=${encodeURIComponent('//evil.example/')}`, { redirect: 'manual' });
		expect(away.status).toBe(400);
		expect(away.headers.get('location')).toBeNull();
	});

	it('refuses a year it does not hold', async () => {
		expect((await get('/?year=1990')).status).toBe(404);
		expect((await get('/?year=x')).status).toBe(400);
	});
});
