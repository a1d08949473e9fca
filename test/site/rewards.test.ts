// The built site's /rewards page on the sample warehouse: the chart, the stored total of the year
// exactly, and the what-if recomputed in DuckDB (the policy's own values give the stored totals;
// a doubled standard doubles the base part).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { startSite, type Site } from '../helpers/site.js';

let site: Site;
beforeAll(async () => {
	site = await startSite();
}, 240_000);
afterAll(async () => site?.stop());

const get = async (path: string) => {
	const res = await fetch(site.url + path);
	return { status: res.status, html: (await res.text()).replace(/<!--[^>]*-->/g, '') };
};

/** Exact decimal text → "24,460,406.80 元" (whole yuan: "910,000 元") as the page writes it. */
function yuan(text: string): string {
	const [int, frac = ''] = text.split('.');
	const f = /^0*$/.test(frac) ? '' : frac.padEnd(2, '0');
	return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${f ? `.${f}` : ''} 元`;
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
		expect(chart).toContain('fill="#1a7f37"'); // 特优
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
});
