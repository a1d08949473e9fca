// The built site's /trends page on the sample warehouse: every chart drawn on the server, one point
// per year in the unanimous chart, reverse evaluation only in its years, the comparison sentence
// of two years (?from=&to=) with the warehouse's own numbers, the page in English, and the
// downloads of its tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { csvRows, downloadLinks, xlsxSheet } from '../helpers/downloads.js';
import { sharedSite, type Site } from '../helpers/site.js';

let site: Site;
let html: string;
let status: number;
beforeAll(async () => {
	site = sharedSite();
	const res = await site.get('/trends');
	status = res.status;
	html = await res.text();
});
afterAll(async () => site?.stop());

const get = async (path: string, lang?: 'en') => {
	const res = await site.get(path, { lang });
	return { status: res.status, html: (await res.text()).replace(/<!--[^>]*-->/g, '') };
};

async function stored<R>(sql: string): Promise<R[]> {
	const wh = await Warehouse.open(site.db, { readOnly: true });
	try {
		return await wh.all<R>(sql);
	} finally {
		wh.close();
	}
}

/** The svg whose aria-label is `label`. */
function svg(label: string, page = html): string {
	const start = page.indexOf(`aria-label="${label}"`);
	expect(start).toBeGreaterThan(-1);
	return page.slice(start, page.indexOf('</svg>', start));
}

/** The comparison sentence. */
const sentence = (page: string) => {
	const start = page.indexOf('data-testid="rise"');
	expect(start).toBeGreaterThan(-1);
	return page.slice(page.indexOf('>', start) + 1, page.indexOf('</p>', start));
};

const CJK = /[\u3400-\u9fff]/;


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
		const years = await stored<{ year: number }>('SELECT DISTINCT year FROM satisfaction ORDER BY year');
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

	it('states the rise of the team unanimous rate between ?from= and ?to= with the warehouse numbers', async () => {
		const rows = await stored<{ year: number; category: string; u: number; t: number }>(
			`SELECT year, category, teams_unanimous::INTEGER AS u, teams::INTEGER AS t FROM satisfaction WHERE year IN (2001, 2007)`
		);
		const pct = (u: number, t: number) => `${((100 * u) / t).toFixed(1)}%`;
		const y1 = rows.filter((r) => r.year === 2001);
		const first = pct(y1.reduce((s, r) => s + r.u, 0), y1.reduce((s, r) => s + r.t, 0));
		const town = rows.find((r) => r.year === 2007 && r.category === 'township')!;
		const dept = rows.find((r) => r.year === 2007 && r.category === 'department')!;
		// the district's report: 2001 14.7%, 2007 街道镇乡 86.7%, 区级部门 61.6%
		expect([first, pct(town.u, town.t), pct(dept.u, dept.t)]).toEqual(['14.7%', '86.7%', '61.6%']);
		const { status, html: page } = await get('/trends?from=2001&to=2007');
		expect(status).toBe(200);
		const s = sentence(page);
		expect(s).toContain(`2001 年领导班子满票率 ${first}`);
		expect(s).toContain(`2007 年街道镇乡 ${pct(town.u, town.t)}、区级部门 ${pct(dept.u, dept.t)}`);
		// the form shows the chosen years
		const select = (id: string) => page.slice(page.indexOf(`<select id="${id}"`), page.indexOf('</select>', page.indexOf(`<select id="${id}"`)));
		expect(select('from')).toMatch(/<option value="2001" selected/);
		expect(select('to')).toMatch(/<option value="2007" selected/);
		expect(select('to')).not.toMatch(/<option value="2001" selected/);
	});

	it('prints a rate from the counts, rounded once: 39 of 86 is 45.3%, not rule 11’s 0.4535 rounded again', async () => {
		const [dept] = await stored<{ u: number; t: number }>(
			`SELECT teams_unanimous::INTEGER AS u, teams::INTEGER AS t FROM satisfaction WHERE year = 2005 AND category = 'department'`
		);
		expect(dept).toEqual({ u: 39, t: 86 }); // the sample's case: 0.45348… → 0.4535 → 45.4% if rounded twice
		const { status, html: page } = await get('/trends?from=2001&to=2005');
		expect(status).toBe(200);
		expect(sentence(page)).toContain('区级部门 45.3%');
	});

	it('compares the first and the latest year of the warehouse by default', async () => {
		const [{ first, last } = { first: 0, last: 0 }] = await stored<{ first: number; last: number }>('SELECT min(year) AS first, max(year) AS last FROM satisfaction');
		const rows = await stored<{ category: string; u: number; t: number }>(
			`SELECT category, teams_unanimous::INTEGER AS u, teams::INTEGER AS t FROM satisfaction WHERE year = ${last}`
		);
		const town = rows.find((r) => r.category === 'township')!;
		const s = sentence(html.replace(/<!--[^>]*-->/g, ''));
		expect(s).toMatch(new RegExp(`^${first} 年领导班子满票率 `));
		expect(s).toContain(`${last} 年街道镇乡 ${((100 * town.u) / town.t).toFixed(1)}%`);
	});

	it('explains a reversed pair of years and refuses years it does not hold', async () => {
		const reversed = await get('/trends?from=2007&to=2001');
		expect(reversed.status).toBe(200);
		expect(reversed.html).not.toContain('data-testid="rise"');
		expect(reversed.html).toContain('起始年度早于结束年度');
		expect((await get('/trends?from=1990')).status).toBe(404);
		expect((await get('/trends?to=abc')).status).toBe(400);
	});

	it('speaks English with the lang cookie: headings, navigation, sentence and charts', async () => {
		const { status, html: page } = await get('/trends?from=2001&to=2007', 'en');
		expect(status).toBe(200);
		expect(page).toContain('lang="en"');
		expect(page).toContain('<h1>Satisfaction trends</h1>');
		const headings = [...page.matchAll(/<h([12])[^>]*>(.*?)<\/h\1>/gs)].map((m) => m[2]!);
		expect(headings).toContain('Reverse evaluation');
		for (const h of headings) expect(h).not.toMatch(CJK);
		const nav = page.slice(page.indexOf('<nav aria-label="Main navigation"'), page.indexOf('</nav>'));
		expect(nav).toContain('>Satisfaction trends<');
		expect(nav).not.toMatch(CJK);
		const [y1] = await stored<{ u: number; t: number }>(
			'SELECT sum(teams_unanimous)::INTEGER AS u, sum(teams)::INTEGER AS t FROM satisfaction WHERE year = 2001'
		);
		expect(sentence(page)).toBe(
			`Team unanimous rate in 2001: 14.7% (${y1!.u} / ${y1!.t}); in 2007: Streets, towns and townships 86.7%, District departments 61.6%.`
		);
		svg('Line chart of satisfaction trends', page);
		expect(page).toMatch(/Teams rated (&quot;|")good(&quot;|") unanimously \(District departments\)/); // the legend
		svg('Line chart of mean democratic evaluation scores', page);
		svg('Stacked bar chart of unit grades per year', page);
		// Nothing Chinese in the page's own text: only the policy's aspect names (data) are.
		const aspects = await stored<{ name: string }>('SELECT DISTINCT name FROM policy_reverse_aspects');
		let main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
		for (const a of aspects.sort((x, y) => y.name.length - x.name.length)) main = main.replaceAll(a.name, '');
		expect(main.match(new RegExp(`.{0,40}${CJK.source}.{0,40}`))?.[0]).toBeUndefined();
	});

	it('offers every data table as CSV and XLSX with the warehouse rows', async () => {
		const links = downloadLinks(html);
		expect([...links.keys()].sort()).toEqual(['democratic_means', 'grade_mix', 'reverse_trend', 'satisfaction_trend']);
		const [{ years, sat, mix, rev } = { years: 0, sat: 0, mix: 0, rev: 0 }] = await stored<{ years: number; sat: number; mix: number; rev: number }>(
			`SELECT (SELECT count(DISTINCT year) FROM satisfaction)::INTEGER AS years,
			        (SELECT count(*) FROM satisfaction)::INTEGER AS sat,
			        (SELECT count(*) FROM (SELECT DISTINCT year, category, grade FROM unit_results))::INTEGER AS mix,
			        (SELECT count(*) FROM (SELECT DISTINCT s.year, s.subject, s.aspect_id FROM reverse_shares s
			           JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = s.subject AND a.aspect_id = s.aspect_id
			           WHERE a.kind = 'reverse'))::INTEGER AS rev`
		);
		const expected: Record<string, number> = { satisfaction_trend: sat + years, democratic_means: 2 * sat, grade_mix: mix, reverse_trend: rev };
		for (const [dataset, n] of Object.entries(expected)) {
			const link = links.get(dataset)!;
			expect(Object.keys(link).sort(), dataset).toEqual(['arrow', 'csv', 'xlsx']);
			const rows = await csvRowsAt(link.csv!);
			expect(rows, dataset).toHaveLength(n);
			const sheet = await xlsxAt(link.xlsx!);
			expect(sheet.rowCount, dataset).toBe(n + 1);
		}
		// the values themselves: 2007's township team row of the unanimous table
		const [town] = await stored<{ u: number; t: number }>(
			`SELECT teams_unanimous::INTEGER AS u, teams::INTEGER AS t FROM satisfaction WHERE year = 2007 AND category = 'township'`
		);
		const rows = await csvRowsAt(links.get('satisfaction_trend')!.csv!);
		const row = rows.find((r) => r['年度'] === '2007' && r['对象'] === '领导班子' && r['类别'] === '街道镇乡');
		expect(row).toMatchObject({ 满票数: String(town!.u), 总数: String(town!.t) });
		const sheet = await xlsxAt(links.get('satisfaction_trend')!.xlsx!);
		expect(sheet.getRow(1).values).toContain('满票率');
		const line = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 2007 && r.getCell(3).value === '街道镇乡')!;
		expect(line.getCell(4).value).toBe(town!.u);
	});
});

const csvRowsAt = (path: string) => csvRows(site.url + path);
const xlsxAt = (path: string) => xlsxSheet(site.url + path);
