// The built site's /rewards page on the sample warehouse: the chart, the stored total of the year
// exactly, and the what-if recomputed in DuckDB (the policy's own values give the stored totals;
// a doubled standard doubles the base part; unit by unit, the stored bonuses with the policy's
// values and an import's with others); the page in English; the downloads of its tables.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/lib/paths.js';
import { importInto } from '../helpers/warehouse.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { UNIT_GRADE_COLORS } from '../../src/lib/labels.js';
import { csvRows, downloadLinks, sheetColumns, xlsxSheet } from '../helpers/downloads.js';
import { textWidth } from '../../src/lib/server/table-file.js';
import { sharedSite, type Site } from '../helpers/site.js';
import { tempDir } from '../helpers/temp.js';

let site: Site;
beforeAll(async () => {
	site = sharedSite();
});
afterAll(async () => site?.stop());

const get = async (path: string, lang?: 'en') => {
	const res = await site.get(path, { lang });
	return { status: res.status, html: (await res.text()).replace(/<!--[^>]*-->/g, '') };
};

/** Exact decimal text (at most two decimals) → "24,460,406.80 元", whole yuan too ("910,000.00 元"), as the page writes it. */
function yuan(text: string, unit = '元'): string {
	const [int, frac = ''] = text.split('.');
	return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')} ${unit}`;
}
/** Cents (bigint) → exact decimal text. */
const centsText = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

/** The text of the element with `attr`, up to its closing tag. */
function cell(html: string, attr: string): string {
	const i = html.indexOf(attr);
	expect(i).toBeGreaterThan(-1);
	const open = html.indexOf('>', i) + 1;
	return html.slice(open, html.indexOf('</', open));
}

async function stored(sql: string, params?: Record<string, string | number>) {
	const wh = await Warehouse.open(site.db, { readOnly: true });
	try {
		return await wh.all<Record<string, string | number | bigint>>(sql, params);
	} finally {
		wh.close();
	}
}

/** The one row of `sql`. */
async function one(sql: string, params?: Record<string, string | number>) {
	const [row] = await stored(sql, params);
	if (!row) throw new Error(`no row: ${sql}`);
	return row;
}

describe('/rewards', () => {
	it('shows the year with a bar per unit coloured by grade and the years chart', async () => {
		const { status, html } = await get('/rewards?year=2007');
		expect(status).toBe(200);
		expect(html).toContain('奖励分配');
		expect(html).toMatch(/<option value="2007" selected/);
		const start = html.indexOf('aria-label="2007 年度各单位奖金总额柱状图"');
		const chart = html.slice(start, html.indexOf('</svg>', start));
		const { n } = await one('SELECT count(*)::INTEGER AS n FROM rewards WHERE year = 2007');
		expect(chart.match(/<rect/g)?.length).toBe(n);
		expect(chart).toContain(`fill="${UNIT_GRADE_COLORS.outstanding}"`); // 特优
		expect(html).toContain('aria-label="历年奖金总额柱状图"');
		expect(html).toContain('按等次汇总');
		expect(html).toContain('按考核组汇总');
		expect(html).not.toContain('NaN');
	});

	it('shows the warehouse total bonus of 2007 exactly', async () => {
		const { total } = await one('SELECT sum(total_bonus)::VARCHAR AS total FROM rewards WHERE year = 2007');
		const { html } = await get('/rewards?year=2007');
		expect(cell(html, 'data-testid="total"')).toBe(yuan(String(total)));
	});

	it('defaults to the latest year and explains an unknown year', async () => {
		const { y } = await one('SELECT max(year) AS y FROM rewards');
		expect((await get('/rewards')).html).toMatch(new RegExp(`<option value="${y}" selected`));
		const { status, html } = await get('/rewards?year=1990');
		expect(status).toBe(200);
		expect(html).toContain('没有“1990”年度的奖励数据');
	});

	it('recomputes the stored totals with the policy values', async () => {
		const { total } = await one('SELECT sum(total_bonus)::VARCHAR AS total FROM rewards WHERE year = 2007');
		const { html } = await get('/rewards?year=2007');
		expect(cell(html, 'data-testid="whatif-total"')).toBe(yuan(String(total)));
		const { s, b } = await one(
			`SELECT rtrim(rtrim(per_point_per_capita::VARCHAR, '0'), '.') AS s, rtrim(rtrim(basic_rate::VARCHAR, '0'), '.') AS b FROM policy_rules WHERE year = 2007`
		);
		const explicit = await get(`/rewards?year=2007&standard=${s}&basic_rate=${b}`);
		expect(cell(explicit.html, 'data-testid="whatif-total"')).toBe(yuan(String(total)));
		expect(explicit.html).toContain('即考核办法原值');
	});

	it('doubles the base part when the standard doubles, and leaves the stored result alone', async () => {
		const { s, b } = await one(`SELECT per_point_per_capita::DOUBLE AS s, basic_rate::VARCHAR AS b FROM policy_rules WHERE year = 2007`);
		const { html } = await get(`/rewards?year=2007&standard=${Number(s) * 2}&basic_rate=${b}`);
		// the whole year: what-if base = 2 × stored base
		const { base, extra } = await one(
			'SELECT (sum(base_bonus) * 100)::BIGINT AS base, (sum(extra_bonus) * 100)::BIGINT AS extra FROM rewards WHERE year = 2007'
		);
		const row = html.slice(html.indexOf('data-grade="all"'), html.indexOf('</tr>', html.indexOf('data-grade="all"')));
		expect(row).toContain(yuan(centsText(2n * BigInt(base!))));
		expect(cell(html, 'data-testid="whatif-total"')).toBe(yuan(centsText(2n * BigInt(base!) + BigInt(extra!))));
		// one unit by hand: a 基本达标 unit, base = standard × target × staff × basic_rate
		const [u] = await stored(
			`SELECT unit_id, (target_score * 100)::BIGINT AS target_cents, staff::BIGINT AS staff, (base_bonus * 100)::BIGINT AS base_cents
			 FROM rewards WHERE year = 2007 AND grade = 'basically_qualified' ORDER BY unit_id LIMIT 1`
		);
		// 60 元 × target × staff × 0.8 = target_cents × staff × 48 cents (the policy: 30 元, 0.8)
		expect(Number(s)).toBe(30);
		expect(b).toMatch(/^0\.80*$/);
		const expectedCents = BigInt(u!.target_cents!) * BigInt(u!.staff!) * 48n;
		expect(expectedCents).toBe(2n * BigInt(u!.base_cents!));
		const unitRow = html.slice(html.indexOf(`data-unit="${u!.unit_id}"`));
		expect(cell(unitRow, 'data-col="whatif-base"')).toBe(yuan(centsText(expectedCents)));
		// nothing stored changed
		const { total } = await one('SELECT sum(total_bonus)::VARCHAR AS total FROM rewards WHERE year = 2007');
		expect(cell((await get('/rewards?year=2007')).html, 'data-testid="total"')).toBe(yuan(String(total)));
	});

	it('gives every stored bonus of every year, unit by unit, with the year’s own standard and rate', async () => {
		const wh = await Warehouse.open(site.db, { readOnly: true });
		try {
			const years = await wh.all<{ year: number; s: string; b: string }>(
				'SELECT year, per_point_per_capita::VARCHAR AS s, basic_rate::VARCHAR AS b FROM policy_rules ORDER BY year'
			);
			expect(years.length).toBe(10);
			for (const { year, s, b } of years) {
				const got = await wh.rows('site/rewards/whatif', { year, standard: s, basic_rate: b });
				const want = await wh.all<{ n: bigint }>('SELECT count(*) AS n FROM rewards WHERE year = $year', { year });
				expect(got.length).toBe(Number(want[0]!.n));
				for (const r of got) expect([year, r.unit_id, r.whatif_base, r.whatif_total, r.diff]).toEqual([year, r.unit_id, r.stored_base, r.stored_total, '0.00']);
				const totals = await wh.rows('site/rewards/whatif_totals', { year, standard: s, basic_rate: b });
				expect(totals.map((t) => t.grade)).toContain(null); // the whole year, and each grade
				for (const t of totals) expect([year, t.grade, t.whatif_base, t.whatif_total, t.diff]).toEqual([year, t.grade, t.stored_base, t.stored_total, '0.00']);
			}
		} finally {
			wh.close();
		}
	});

	it('gives what an import of a policy with the what-if’s values stores, in 64-bit integers and in DECIMAL alike', async () => {
		// 2009 with a standard and rate of few digits (the 64-bit path), 2010 with 12-digit ones (past
		// its bounds: the DECIMAL path), each imported afresh with those values as its policy.
		const values = { 2009: { standard: '35.25', basic_rate: '0.75' }, 2010: { standard: '31.123456789012', basic_rate: '0.654321987654' } };
		const work = tempDir('rewards-whatif-');
		const imported = await Warehouse.open(join(work, 'w.duckdb'));
		const sample = await Warehouse.open(site.db, { readOnly: true });
		try {
			for (const [y, v] of Object.entries(values)) {
				const year = Number(y);
				const [row] = await sample.all<{ policy_json: string }>('SELECT policy_json FROM years WHERE year = $year', { year });
				const policy = JSON.parse(row!.policy_json) as { reward: { per_point_per_capita: number; basic_rate: number } };
				policy.reward.per_point_per_capita = Number(v.standard);
				policy.reward.basic_rate = Number(v.basic_rate);
				const dir = join(work, y);
				cpSync(projectPath('data', 'sample', 'bundles', y), dir, { recursive: true });
				writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
				await importInto(imported, dir);
				const [path] = await sample.all<{ int64: boolean }>(
					'SELECT reward_scale(CAST($s AS DECIMAL(38,12)), CAST($b AS DECIMAL(38,12))) IS NOT NULL AS int64',
					{ s: v.standard, b: v.basic_rate }
				);
				expect([year, path!.int64]).toEqual([year, year === 2009]);

				const got = await sample.rows('site/rewards/whatif', { year, ...v });
				const want = await imported.all<{ unit_id: string; base: string; total: string }>(
					'SELECT unit_id, base_bonus::VARCHAR AS base, total_bonus::VARCHAR AS total FROM rewards WHERE year = $year ORDER BY unit_id',
					{ year }
				);
				expect(want.length).toBeGreaterThan(10);
				const byUnit = (a: { unit_id: string }, b: { unit_id: string }) => (a.unit_id < b.unit_id ? -1 : 1);
				expect(got.map((r) => ({ unit_id: r.unit_id, base: r.whatif_base, total: r.whatif_total })).sort(byUnit)).toEqual(want);
				expect(got.some((r) => r.diff !== '0.00')).toBe(true);
				const [sum] = await imported.all<{ total: string }>('SELECT sum(total_bonus)::VARCHAR AS total FROM rewards WHERE year = $year', { year });
				const page = await get(`/rewards?year=${year}&standard=${v.standard}&basic_rate=${v.basic_rate}`);
				expect(cell(page.html, 'data-testid="whatif-total"')).toBe(yuan(sum!.total));
			}
		} finally {
			imported.close();
			sample.close();
		}
	});

	it('explains invalid what-if inputs instead of failing', async () => {
		for (const [q, msg] of [
			['standard=-5&basic_rate=0.8', '不能为负数'],
			['standard=abc&basic_rate=0.8', '须为不小于 0 的数字'],
			['standard=30&basic_rate=1.5', '不能大于 1'],
			['standard=&basic_rate=0.8', '请填写人均每分奖励标准']
		] as const) {
			const { status, html } = await get(`/rewards?year=2007&${q}`);
			expect(status).toBe(200);
			expect(html).toContain('无法测算');
			expect(html).toContain(msg);
			expect(html).not.toContain('data-testid="whatif-total"');
		}
	});

	it('keeps the what-if values when the year picker changes the year', async () => {
		const { html } = await get('/rewards?year=2007&standard=45&basic_rate=0.5');
		const picker = html.slice(html.indexOf('<form method="GET" class="year-picker'), html.indexOf('</form>', html.indexOf('class="year-picker')));
		expect(picker).toMatch(/<input type="hidden" name="standard" value="45"/);
		expect(picker).toMatch(/<input type="hidden" name="basic_rate" value="0.5"/);
		expect(picker).toMatch(/<option value="2007" selected/);
	});

	it('speaks English with the lang cookie: headings, navigation, amounts in yuan, the what-if errors', async () => {
		const { status, html } = await get('/rewards?year=2007', 'en');
		expect(status).toBe(200);
		expect(html).toContain('lang="en"');
		expect(html).toContain('<h1>Rewards</h1>');
		const headings = [...html.matchAll(/<h([12])[^>]*>(.*?)<\/h\1>/gs)].map((m) => m[2]!);
		expect(headings).toEqual(expect.arrayContaining(['Totals by grade', 'Totals by group', 'What if']));
		for (const h of headings) expect(h).not.toMatch(CJK);
		const nav = html.slice(html.indexOf('<nav aria-label="Main navigation"'), html.indexOf('</nav>'));
		expect(nav).toContain('>Rewards<');
		expect(nav).not.toMatch(CJK);
		const { total } = await one('SELECT sum(total_bonus)::VARCHAR AS total FROM rewards WHERE year = 2007');
		expect(cell(html, 'data-testid="total"')).toBe(yuan(String(total), 'yuan'));
		expect(cell(html, 'data-testid="whatif-total"')).toBe(yuan(String(total), 'yuan'));
		expect(html).toContain('aria-label="Bar chart of the total bonus of each unit, 2007"');
		expect(html).toContain('Total bonus (10k yuan)');
		// Nothing Chinese in the page's own text: only the units' and groups' names (data) are.
		const names = await stored(
			`SELECT DISTINCT name FROM unit_results WHERE year = 2007 UNION SELECT DISTINCT group_name FROM unit_results WHERE year = 2007`
		);
		let main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		for (const n of names.map((r) => String(r.name)).sort((a, b) => b.length - a.length)) main = main.replaceAll(n, '');
		expect(main.match(new RegExp(`.{0,40}${CJK.source}.{0,40}`))?.[0]).toBeUndefined();
		const bad = await get('/rewards?year=2007&standard=-5&basic_rate=0.8', 'en');
		expect(bad.html).toContain('Cannot calculate:');
		expect(bad.html).toContain('Bonus per point per capita: cannot be negative (you entered -5).');
	});

	it('offers every table of the year as CSV and XLSX with the warehouse rows', async () => {
		const { html } = await get('/rewards?year=2007');
		const links = downloadLinks(html);
		expect([...links.keys()].sort()).toEqual(['reward_grades', 'reward_groups', 'reward_years', 'rewards']);
		for (const [dataset, link] of links) {
			expect(Object.keys(link).sort(), dataset).toEqual(['arrow', 'csv', 'xlsx']);
			if (dataset !== 'reward_years') expect(link.csv, dataset).toContain('year=2007');
		}
		const counts = await one(
			`SELECT count(*)::INTEGER AS units, count(DISTINCT grade)::INTEGER AS grades,
			        (SELECT count(DISTINCT group_id) FROM unit_results u JOIN rewards r USING (year, unit_id) WHERE r.year = 2007)::INTEGER AS groups,
			        (SELECT count(DISTINCT year) FROM rewards)::INTEGER AS years,
			        sum(total_bonus)::DOUBLE AS total
			 FROM rewards WHERE year = 2007`
		);
		const expected: Record<string, number> = {
			rewards: Number(counts.units),
			reward_grades: Number(counts.grades),
			reward_groups: Number(counts.groups),
			reward_years: Number(counts.years)
		};
		for (const [dataset, n] of Object.entries(expected)) {
			const rows = await csvRowsAt(links.get(dataset)!.csv!);
			expect(rows, dataset).toHaveLength(n);
			// every table adds up to the year's total bonus (the years' table: its 2007 line)
			const totals = dataset === 'reward_years' ? rows.filter((r) => r['年度'] === '2007') : rows;
			const sum = totals.reduce((s, r) => s + Number(r['奖金合计']), 0);
			expect(sum, dataset).toBeCloseTo(Number(counts.total), 2);
			const sheet = await xlsxAt(links.get(dataset)!.xlsx!);
			expect(sheet.rowCount, dataset).toBe(n + 1);
			expect(sheet.getRow(1).values, dataset).toContain('奖金合计');
		}
		// numbers in their formats: money and scores with two decimals, shares as percentages;
		// the names' column as wide as the longest name (a Chinese character is two units)
		const columns = sheetColumns(await xlsxAt(links.get('rewards')!.xlsx!));
		for (const [header, numFmt] of [['奖金合计', '#,##0.00'], ['人均奖金', '#,##0.00'], ['目标考核得分', '0.00'], ['发放比例', '0.0%']] as const) {
			expect(columns.get(header)?.numFmt, header).toBe(numFmt);
			expect(typeof columns.get(header)?.value, header).toBe('number');
		}
		expect(columns.get('单位')?.numFmt).toBeUndefined();
		const longest = Math.max(...(await stored('SELECT DISTINCT name FROM unit_results WHERE year = 2007')).map((r) => textWidth(String(r.name))));
		expect(columns.get('单位')!.width).toBeGreaterThanOrEqual(longest);
		expect(columns.get('编制人数')!.width).toBeGreaterThanOrEqual(textWidth('编制人数'));
		// the grades by their Chinese labels
		const grades = (await csvRowsAt(links.get('reward_grades')!.csv!)).map((r) => r['等次']);
		expect(grades).toContain('特优');
		expect((await one(`SELECT count(*)::INTEGER AS n FROM rewards WHERE year = 2007 AND grade = 'outstanding'`)).n).toBeGreaterThan(0);
	});
});

const CJK = /[\u3400-\u9fff]/;

const csvRowsAt = (path: string) => csvRows(site.url + path);
const xlsxAt = (path: string) => xlsxSheet(site.url + path);
