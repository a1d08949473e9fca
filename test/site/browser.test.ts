// The site in a real browser (Debian's Chromium, driven by playwright-core) on the sample warehouse.
// Every page loads without console errors; its charts are drawn again by the browser (the live copy
// of Chart.svelte) with one mark per unit or year as the warehouse views say; a number on the page
// matches the views; and the click-throughs work: a unit in the rankings table and a bar of the
// rankings chart lead to the unit's dossier, the year picker changes the URL and the content, the
// language switch gives English labels and back. A screenshot of each page is saved under
// test/screenshots/<page>.png for a person to look at. One browser and one site for the file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { WAIT, browserSession, screenshot } from '../helpers/browser.js';
import { firstValue } from '../helpers/warehouse.js';

const session = browserSession();
const open = (path: string) => session.open(path);
const one = <T = number>(sql: string, params: Record<string, string | number> = {}) => firstValue<T>(session.wh, sql, params);

const count = (n: number) => n.toLocaleString('zh-CN');
const score = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent1 = (n: number) => `${(n * 100).toFixed(1)}%`;

/**
 * The charts labelled `label` once the browser has drawn them again: Chart.svelte shows the
 * server's copy first and puts Plot's live chart in its place (`.live` no longer hidden); waits
 * until there are `n` of them.
 */
async function liveCharts(page: Page, label: string, n = 1): Promise<Locator> {
	const charts = page.locator(`.chart .live:not([hidden]) svg[aria-label="${label}"]`);
	await expect.poll(() => charts.count(), { timeout: WAIT, message: `live charts "${label}"` }).toBe(n);
	// the server's copy is gone
	expect(await page.locator(`.chart .rendered svg[aria-label="${label}"]`).count()).toBe(0);
	return charts;
}

/** The number of `selector` inside every chart of `charts`. */
async function marks(charts: Locator, selector: string): Promise<number> {
	let n = 0;
	for (const chart of await charts.all()) n += await chart.locator(selector).count();
	return n;
}

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('the site in a browser', () => {
	let latest: number;
	let years: number[];
	let unitsLatest: number;
	beforeAll(async () => {
		years = (await session.wh.all<{ year: number }>('SELECT DISTINCT year::INTEGER AS year FROM unit_results ORDER BY year')).map((r) => r.year);
		latest = years.at(-1)!;
		unitsLatest = await one('SELECT count(*)::INTEGER FROM unit_results WHERE year = $y', { y: latest });
		expect(years).toHaveLength(10);
	});

	/** The satisfaction chart's dots up to `year`: a team rate per category and the district's cadre rate, per year. */
	const satisfactionDots = (year: number) =>
		one(
			`SELECT ((SELECT count(*) FROM satisfaction WHERE year <= $y AND team_unanimous_rate IS NOT NULL)
			      + (SELECT count(DISTINCT year) FROM satisfaction WHERE year <= $y AND cadres > 0))::INTEGER`,
			{ y: year }
		);

	it('/: the year overview with the satisfaction chart, one dot per year and series', async () => {
		const { page, errors } = await open('/');
		expect(await text(page.locator('h1'))).toBe(`${latest} 年度考核总览`);
		const chart = await liveCharts(page, '满意度趋势折线图');
		expect(await marks(chart, 'g[aria-label="dot"] circle')).toBe(await satisfactionDots(latest));
		expect(await text(page.locator('.figures li').first().locator('.value'))).toBe(count(unitsLatest));
		const alerts = await one('SELECT count(*)::INTEGER FROM alerts WHERE year = $y', { y: latest });
		expect(await text(page.locator('.figures li').nth(2).locator('.value'))).toBe(count(alerts));
		await screenshot(page, 'home');
		expect(errors).toEqual([]);
	});

	it('/trends: the four kinds of chart drawn with the warehouse marks, and the rise of the unanimous rate', async () => {
		const { page, errors } = await open('/trends');
		const first = years[0]!;
		expect(await marks(await liveCharts(page, '满意度趋势折线图'), 'g[aria-label="dot"] circle')).toBe(await satisfactionDots(latest));
		const democratic = await one('SELECT (2 * count(*))::INTEGER FROM satisfaction');
		expect(await marks(await liveCharts(page, '民主测评平均得分折线图'), 'g[aria-label="dot"] circle')).toBe(democratic);
		const mix = await one('SELECT count(*)::INTEGER FROM (SELECT DISTINCT year, category, grade FROM unit_results)');
		expect(await marks(await liveCharts(page, '各年度单位考核等次构成堆积柱状图'), 'g[aria-label="bar"] rect')).toBe(mix);
		// the reverse evaluation: a panel per aspect, a dot per year and aspect
		for (const [subject, label] of [
			['team', '领导班子反向测评平均勾选比例折线图'],
			['cadre', '领导干部反向测评平均勾选比例折线图']
		] as const) {
			const dots = await one(
				`SELECT count(*)::INTEGER FROM (SELECT DISTINCT s.year, s.aspect_id FROM reverse_shares s
				   JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = s.subject AND a.aspect_id = s.aspect_id
				   WHERE s.subject = $s AND a.kind = 'reverse')`,
				{ s: subject }
			);
			expect(dots).toBeGreaterThan(0);
			expect(await marks(await liveCharts(page, label), 'g[aria-label="dot"] circle')).toBe(dots);
		}
		// the sentence: the district's team unanimous rate in the first year
		const [{ u, n }] = (await session.wh.all<{ u: number; n: number }>(
			'SELECT sum(teams_unanimous)::INTEGER AS u, sum(teams)::INTEGER AS n FROM satisfaction WHERE year = $y',
			{ y: first }
		)) as [{ u: number; n: number }];
		expect(await text(page.getByTestId('rise'))).toContain(`${first} 年领导班子满票率 ${percent1(u / n)}（${u} / ${n}）`);
		await screenshot(page, 'trends');
		expect(errors).toEqual([]);
	});

	describe('/rankings', () => {
		interface Ranked {
			group_id: string;
			group_name: string;
			unit_id: string;
			name: string;
			rank_in_group: number;
			target_score: number;
		}
		const ranked = (year: number) =>
			session.wh.all<Ranked>(
				`SELECT group_id, group_name, unit_id, name, rank_in_group::INTEGER AS rank_in_group, target_score::DOUBLE AS target_score
				 FROM unit_results WHERE year = $y ORDER BY group_id, rank_in_group, unit_id`,
				{ y: year }
			);
		/** The group charts of the page, once all `n` are drawn by the browser. */
		async function rankingCharts(page: Page, n: number): Promise<Locator> {
			const charts = page.locator('.chart .live:not([hidden]) svg[aria-label$="目标考核得分条形图"]');
			await expect.poll(() => charts.count(), { timeout: WAIT, message: 'live ranking charts' }).toBe(n);
			return charts;
		}

		it('draws a bar chart per group with a bar per unit, and the table holds the warehouse ranks and scores', async () => {
			const units = await ranked(latest);
			const groups = new Set(units.map((u) => u.group_id));
			const { page, errors } = await open('/rankings');
			const charts = await rankingCharts(page, groups.size);
			expect(await marks(charts, 'g[aria-label="bar"] rect')).toBe(units.length);
			expect(await page.locator('tbody tr[data-unit]').count()).toBe(units.length);
			for (const u of [units[0]!, units.at(-1)!]) {
				const row = page.locator(`tbody[data-group="${u.group_id}"] tr[data-unit="${u.unit_id}"]`);
				expect(await text(row.locator('td').nth(0))).toBe(String(u.rank_in_group));
				expect(await text(row.locator('td').nth(1))).toBe(u.name);
				expect(await text(row.locator('td').nth(2))).toBe(score(u.target_score));
			}
			await screenshot(page, 'rankings');
			expect(errors).toEqual([]);
		});

		it('leads from a unit in the table, and from its bar in the chart, to its dossier', async () => {
			const units = await ranked(latest);
			const groups = new Set(units.map((u) => u.group_id)).size;
			const [byName, byBar] = [units[1]!, units.at(-2)!];

			const { page, errors } = await open('/rankings');
			await rankingCharts(page, groups); // hydrated
			await page.locator(`tr[data-unit="${byName.unit_id}"] a`).click();
			await page.waitForURL(`${session.site.url}/units/${byName.unit_id}`);
			await expect.poll(() => text(page.locator('h1'))).toBe(`${byName.name} ${byName.unit_id}`);

			await page.goBack();
			await page.waitForURL(`${session.site.url}/rankings`);
			const charts = await rankingCharts(page, groups);
			// Plot's links in the browser's DOM are xlink:href (any namespace: *|href)
			const bar = charts.locator(`g[aria-label="bar"] a[*|href="/units/${byBar.unit_id}"]`);
			expect(await bar.count()).toBe(1);
			await bar.click();
			await page.waitForURL(`${session.site.url}/units/${byBar.unit_id}`);
			await expect.poll(() => text(page.locator('h1'))).toBe(`${byBar.name} ${byBar.unit_id}`);
			expect(errors).toEqual([]);
		});

		it('changes year with the year picker: the URL, the sentence, the bars', async () => {
			const year = years[4]!;
			const units = await ranked(year);
			const { page, errors } = await open('/rankings');
			expect(await page.locator('#year').inputValue()).toBe(String(latest));
			await page.locator('#year').selectOption(String(year));
			await page.waitForURL(`${session.site.url}/rankings?year=${year}`);
			await expect.poll(() => text(page.locator('p.lead'))).toContain(`${year} 年度，`);
			const charts = await rankingCharts(page, new Set(units.map((u) => u.group_id)).size);
			await expect.poll(() => marks(charts, 'g[aria-label="bar"] rect')).toBe(units.length);
			const u = units[0]!;
			expect(await text(page.locator(`tbody[data-group="${u.group_id}"] tr[data-unit="${u.unit_id}"] td`).nth(2))).toBe(score(u.target_score));
			await screenshot(page, 'rankings-year');
			expect(errors).toEqual([]);
		});

		it('switches to English and back with the language link, keeping the page and its year', async () => {
			const year = years[4]!;
			const units = await ranked(year);
			const groups = [...new Set(units.map((u) => u.group_name))];
			const { page, errors } = await open(`/rankings?year=${year}`);
			await page.locator('header a.lang').click();
			await page.locator('h1', { hasText: 'Group rankings' }).waitFor();
			expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/rankings?year=${year}`);
			expect(await text(page.locator('label[for="year"]'))).toBe('Assessment year');
			expect(await text(page.locator('thead th').nth(1))).toBe('Unit');
			expect(await text(page.locator('p.lead'))).toContain(`${year}: ${units.length} units in ${groups.length} assessment groups`);
			// the charts too, drawn again by the browser in English
			const charts = page.locator('.chart .live:not([hidden]) svg[aria-label^="Bar chart of the target scores in "]');
			await expect.poll(() => charts.count(), { timeout: WAIT }).toBe(groups.length);
			expect(await text(charts.first().locator('g[aria-label="x-axis label"]'))).toBe('Target score');
			await screenshot(page, 'rankings-en');
			await page.locator('header a.lang').click();
			await page.locator('h1', { hasText: '分组排名' }).waitFor();
			expect(await text(page.locator('label[for="year"]'))).toBe('考核年度');
			expect(errors).toEqual([]);
		});
	});

	it('/bottom-two: the alerts of the year and the chart of the ranks from the bottom, a red dot per bottom-two year', async () => {
		const { page, errors } = await open('/bottom-two');
		const alerts = await one('SELECT count(*)::INTEGER FROM alerts WHERE year = $y', { y: latest });
		expect(alerts).toBeGreaterThan(0);
		expect(await page.locator('table[data-table="alerts"] tbody tr').count()).toBe(alerts);
		const chart = await liveCharts(page, '倒数名次变化图');
		const red = await one('SELECT count(*)::INTEGER FROM unit_results WHERE in_bottom_two AND bottom_rank IS NOT NULL');
		expect(await marks(chart, 'g[fill="#cf222e"] circle')).toBe(red);
		// a unit's line per unit ever in the bottom two
		const ever = await one('SELECT count(DISTINCT unit_id)::INTEGER FROM unit_results WHERE in_bottom_two AND bottom_rank IS NOT NULL');
		expect(await marks(chart, 'g[aria-label="line"] path')).toBe(ever);
		await screenshot(page, 'bottom-two');
		expect(errors).toEqual([]);
	});

	it('/rewards: a bar per unit and per year, and the total bonus of the warehouse', async () => {
		const { page, errors } = await open('/rewards');
		const units = await one('SELECT count(*)::INTEGER FROM rewards WHERE year = $y', { y: latest });
		const distribution = await liveCharts(page, `${latest} 年度各单位奖金总额柱状图`);
		expect(await marks(distribution, 'g[aria-label="bar"] rect')).toBe(units);
		expect(await marks(await liveCharts(page, '历年奖金总额柱状图'), 'g[aria-label="bar"] rect')).toBe(years.length);
		const total = await one<string>('SELECT sum(total_bonus)::VARCHAR FROM rewards WHERE year = $y', { y: latest });
		const shown = await text(page.getByTestId('total'));
		expect(shown).toMatch(/ 元$/);
		expect(Number(shown.replace(/[^\d.]/g, ''))).toBe(Number(total));
		await screenshot(page, 'rewards');
		expect(errors).toEqual([]);
	});

	it('/units/<id>: a dot per year of the unit, and its scores as the warehouse holds them', async () => {
		// a unit with an alert this year: the dossier has the most to show
		const unit = await one<string>(
			`SELECT unit_id FROM alerts WHERE year = $y AND kind = 'bottom_two_consecutive' ORDER BY unit_id LIMIT 1`,
			{ y: latest }
		);
		const rows = await session.wh.all<{ year: number; name: string; target_score: number; rank_in_group: number }>(
			`SELECT year::INTEGER AS year, name, target_score::DOUBLE AS target_score, rank_in_group::INTEGER AS rank_in_group
			 FROM unit_results WHERE unit_id = $u ORDER BY year`,
			{ u: unit }
		);
		const { page, errors } = await open(`/units/${unit}`);
		const last = rows.at(-1)!;
		expect(await text(page.locator('h1'))).toBe(`${last.name} ${unit}`);
		const chart = await liveCharts(page, '历年目标考核得分和组内名次图');
		expect(await marks(chart, 'g[aria-label="dot"] circle')).toBe(rows.length);
		const row = page.locator(`table[data-table="results"] tr[data-year="${last.year}"] td`);
		expect(await text(row.nth(2))).toBe(score(last.target_score));
		expect(await text(row.nth(6))).toMatch(new RegExp(`^${last.rank_in_group} / \\d+$`));
		expect(await page.locator('table[data-table="alerts"] tbody tr').count()).toBeGreaterThan(0);
		// the team of the latest year in view, the earlier years folded under it
		const teams = await session.wh.all<{ year: number; n: number }>(
			'SELECT year::INTEGER AS year, count(*)::INTEGER AS n FROM cadre_results WHERE unit_id = $u GROUP BY year ORDER BY year DESC',
			{ u: unit }
		);
		const leaders = page.locator('section[aria-labelledby="leaders"]');
		expect(await leaders.locator(`:scope > table[data-table="team"] tbody tr[data-year="${teams[0]!.year}"]`).count()).toBe(teams[0]!.n);
		const earlier = leaders.locator('details.earlier');
		const earlierYears = await earlier.locator('tbody tr').evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-year')))]);
		expect(earlierYears).toHaveLength(teams.length - 1);
		expect(await earlier.locator('tbody tr').first().isVisible()).toBe(false);
		await screenshot(page, 'unit');
		await earlier.locator('summary').click();
		expect(await earlier.locator('tbody tr').count()).toBe(teams.slice(1).reduce((n, y) => n + y.n, 0));
		expect(await earlier.locator('tbody tr').first().isVisible()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('/cadres/<id>: a dot per year of the cadre, and the composite score of the warehouse', async () => {
		const cadre = await one<string>(
			`SELECT coalesce(
			   (SELECT min(cadre_id) FROM alerts WHERE year = $y AND kind = 'basically_competent_consecutive'),
			   (SELECT min(cadre_id) FROM cadre_results WHERE year = $y AND principal))`,
			{ y: latest }
		);
		const rows = await session.wh.all<{ year: number; name: string; composite_score: number }>(
			'SELECT year::INTEGER AS year, name, composite_score::DOUBLE AS composite_score FROM cadre_results WHERE cadre_id = $c ORDER BY year',
			{ c: cadre }
		);
		const { page, errors } = await open(`/cadres/${cadre}`);
		const last = rows.at(-1)!;
		expect(await text(page.locator('h1'))).toBe(`${last.name} ${cadre}`);
		const chart = await liveCharts(page, '历年综合得分和等次图');
		expect(await marks(chart, 'g[aria-label="dot"] circle')).toBe(rows.length);
		expect(await text(page.locator(`table[data-table="results"] tr[data-year="${last.year}"] td`).nth(5))).toBe(score(last.composite_score));
		await screenshot(page, 'cadre');
		expect(errors).toEqual([]);
	});

	it('/policy: the groups of the year with their units', async () => {
		const groups = await session.wh.all<{ group_id: string; n: number }>(
			'SELECT group_id, count(*)::INTEGER AS n FROM unit_results WHERE year = $y GROUP BY group_id ORDER BY group_id',
			{ y: latest }
		);
		const { page, errors } = await open('/policy');
		expect(await text(page.locator('h1'))).toBe(`${latest} 年度考核办法`);
		expect(await page.locator('tr[data-group]').count()).toBe(groups.length);
		for (const g of groups) expect(await text(page.locator(`tr[data-group="${g.group_id}"] td`).last())).toBe(count(g.n));
		expect(await text(page.locator('tfoot td.total'))).toBe(count(unitsLatest));
		await screenshot(page, 'policy');
		expect(errors).toEqual([]);
	});

	it('/search?q=…: exactly the units and cadres whose name holds the words', async () => {
		const q = '建'; // in unit names and cadre names
		const units = await one('SELECT count(DISTINCT unit_id)::INTEGER FROM unit_results WHERE contains(name, $q)', { q });
		const cadres = await one('SELECT count(DISTINCT cadre_id)::INTEGER FROM cadre_results WHERE contains(name, $q)', { q });
		expect(units).toBeGreaterThan(0);
		expect(cadres).toBeGreaterThan(0);
		const { page, errors } = await open(`/search?q=${encodeURIComponent(q)}`);
		expect(await page.locator('#q').inputValue()).toBe(q);
		expect(await page.locator('table[data-table="units"] tbody tr').count()).toBe(units);
		expect(await page.locator('table[data-table="cadres"] tbody tr').count()).toBe(cadres);
		expect(await text(page.getByTestId('search-summary'))).toContain(`${count(units)} 个单位，${count(cadres)} 名干部`);
		expect(await text(page.locator('h2#units'))).toBe(`${count(units)} 个单位`);
		expect(await text(page.locator('h2#cadres'))).toBe(`${count(cadres)} 名干部`);
		await screenshot(page, 'search');
		expect(errors).toEqual([]);
	});

	it('/summary: a line per year with its two editions', async () => {
		const { page, errors } = await open('/summary');
		expect(await page.locator('main tbody tr').count()).toBe(years.length);
		expect(await page.locator(`a[href="/summary/${latest}"]`).count()).toBe(1);
		expect(await page.locator(`a[href="/summary/${latest}/internal"]`).count()).toBe(1);
		await screenshot(page, 'summary');
		expect(errors).toEqual([]);
	});

	describe('/summary/<year>', () => {
		const year = 2009;

		it('the public notice: the units of the year and the charts of the published years up to it', async () => {
			// every earlier year published but the one before, which the public notice leaves out
			const first = await one('SELECT min(year)::INTEGER FROM unit_results');
			const earlier = Array.from({ length: year - 1 - first }, (_, i) => ({ year: first + i, at: new Date().toISOString(), by: 'test' }));
			writeFileSync(join(session.site.state, 'published.json'), JSON.stringify(earlier));
			const { page, errors } = await open(`/summary/${year}`);
			writeFileSync(join(session.site.state, 'published.json'), '[]');
			expect(await text(page.locator('article h1'))).toBe(`${year} 年度领导班子和领导干部综合考核结果公示`);
			const units = await one('SELECT count(*)::INTEGER FROM unit_results WHERE year = $y', { y: year });
			expect(await page.locator('article tr[data-unit]').count()).toBe(units);
			const dots = await one(
				`SELECT ((SELECT count(*) FROM satisfaction WHERE year <= $y AND year <> $y - 1 AND team_unanimous_rate IS NOT NULL)
				      + (SELECT count(DISTINCT year) FROM satisfaction WHERE year <= $y AND year <> $y - 1 AND cadres > 0))::INTEGER`,
				{ y: year }
			);
			expect(dots).toBeLessThan(await satisfactionDots(year));
			expect(await page.locator('figure.chart svg[aria-label="满意度趋势折线图"] circle').count()).toBe(dots);
			const mix = await one('SELECT count(*)::INTEGER FROM (SELECT DISTINCT year, category, grade FROM unit_results WHERE year <= $y AND year <> $y - 1)', { y: year });
			expect(await page.locator('figure.chart svg[aria-label="各年度单位考核等次构成堆积柱状图"] g[aria-label="bar"] rect').count()).toBe(mix);
			// nothing of the internal edition
			expect(await page.locator('section.confidential').count()).toBe(0);
			await screenshot(page, 'summary-year');
			expect(errors).toEqual([]);
		});

		it('the internal edition: the alerts and the team ballots of every unit', async () => {
			const { page, errors } = await open(`/summary/${year}/internal`);
			expect(await text(page.getByTestId('edition'))).toBe('内部版（组织部门存档）');
			const alerts = await one('SELECT count(*)::INTEGER FROM alerts WHERE year = $y', { y: year });
			const units = await one('SELECT count(*)::INTEGER FROM unit_results WHERE year = $y', { y: year });
			const section = (heading: string) => page.locator('section.confidential').filter({ has: page.locator('h2', { hasText: heading }) });
			expect(await section('、预警').locator('tbody tr').count()).toBe(alerts);
			expect(await section('、领导班子民主测评票数').locator('tbody tr').count()).toBe(units);
			await screenshot(page, 'summary-internal');
			expect(errors).toEqual([]);
		});
	});
});
