// The policy page (考核办法) on the sample warehouse: for a year without and a year with the
// competitive vote and reverse evaluation, every rule's values are the ones of the policy stored
// with that year (years.policy_json), the groups carry the year's unit counts, the absence of PK or
// reverse evaluation is stated, the changes from the year before are exactly the parameters that
// differ, and a year the warehouse does not hold is a 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import type { Policy } from '../../src/lib/policy/schema.js';
import { sharedSite, type Site } from '../helpers/site.js';

let site: Site;
let policies: Map<number, Policy>;
let unitCounts: { year: number; group_id: string; units: number }[];
let years: number[];
beforeAll(async () => {
	site = sharedSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	const rows = await wh.all<{ year: number; policy_json: string }>('SELECT year, policy_json FROM years ORDER BY year');
	policies = new Map(rows.map((r) => [r.year, JSON.parse(r.policy_json) as Policy]));
	years = rows.map((r) => r.year);
	unitCounts = await wh.all('SELECT year, group_id, count(*)::INTEGER AS units FROM units GROUP BY ALL');
	wh.close();
});
afterAll(async () => site?.stop());

const get = async (path: string, lang?: string) => {
	const res = await site.get(path, { lang });
	return { status: res.status, html: await res.text() };
};
const page = (year?: number, lang?: string) => get(`/policy${year === undefined ? '' : `?year=${year}`}`, lang);

/** The page's HTML without Svelte's hydration comments, entities decoded. */
const clean = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/** Every policy value the page shows: data-param → the texts shown for it. */
function shownParams(html: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const m of html.matchAll(/<b data-param="([^"]+)">([^<]*)<\/b>/g)) out.set(m[1]!, [...(out.get(m[1]!) ?? []), m[2]!]);
	return out;
}

/** The cells of the table row with `attr`. */
function cells(html: string, attr: string): string[] {
	const start = html.indexOf(attr);
	if (start < 0) return [];
	// without Svelte's hydration markers (<!---->) around a cell's text
	const row = html.slice(start, html.indexOf('</tr>', start)).replace(/<!--[^>]*-->/g, '');
	return [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!.trim());
}

const num = (x: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }).format(x);
const pct = (x: number) => new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 2 }).format(x);
const CATEGORY: Record<string, string> = { department: '区级部门', township: '街道镇乡' };

/** What the page must show for each parameter of a policy, formatted as a reader sees it. */
function expectedParams(p: Policy): Map<string, string> {
	const e = new Map<string, string>([
		['id', p.id],
		['name', p.name],
		['unit_grades.qualified_min', num(p.unit_grades.qualified_min)],
		['unit_grades.basic_min', num(p.unit_grades.basic_min)],
		['democratic.bands.top', num(p.democratic.bands.top)],
		['democratic.bands.second', num(p.democratic.bands.second)],
		['democratic.bands.third', num(p.democratic.bands.third)],
		['composite.principal_target_weight', pct(p.composite.principal_target_weight)],
		['composite.member_target_weight', pct(p.composite.member_target_weight)],
		['bottom_two.size', num(p.bottom_two.size)],
		['reward.per_point_per_capita', num(p.reward.per_point_per_capita)],
		['reward.basic_rate', pct(p.reward.basic_rate)]
	]);
	if (p.veto_items.length) e.set('veto_items', p.veto_items.map((v) => v.name).join('、'));
	for (const t of p.templates) {
		e.set(`templates.${t.id}.total`, num(t.items.reduce((s, i) => s + i.max, 0)));
		for (const i of t.items) e.set(`templates.${t.id}.items.${i.id}.max`, num(i.max));
	}
	for (const [k, v] of Object.entries(p.democratic.team_factors)) e.set(`democratic.team_factors.${k}`, num(v));
	for (const [k, v] of Object.entries(p.democratic.cadre_factors)) e.set(`democratic.cadre_factors.${k}`, num(v));
	for (const [k, v] of Object.entries(p.excellence.quota)) e.set(`excellence.quota.${k}`, num(v!));
	for (const [k, v] of Object.entries(p.reward.extra)) e.set(`reward.extra.${k}`, num(v));
	if (p.excellence.pk_ratio !== null) e.set('excellence.pk_ratio', `${num(p.excellence.pk_ratio)}:1`);
	if (p.reverse) {
		e.set('reverse.flag_share', pct(p.reverse.flag_share));
		e.set('reverse.team_aspects', p.reverse.team_aspects.map((a) => a.name).join('、'));
		e.set('reverse.cadre_aspects', p.reverse.cadre_aspects.map((a) => a.name).join('、'));
	}
	return e;
}

/** A policy's leaf values by path (things with ids keyed by id), for finding what differs. */
function leaves(v: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
	const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
	if (Array.isArray(v) && v.length > 0 && v.every((x) => isObj(x) && typeof x.id === 'string')) {
		for (const x of v as { id: string }[]) leaves(x, `${path}.${x.id}`, out);
	} else if (isObj(v)) {
		for (const [k, x] of Object.entries(v)) leaves(x, path ? `${path}.${k}` : k, out);
	} else out.set(path, JSON.stringify(v));
	return out;
}

function differing(a: Policy, b: Policy): string[] {
	const la = leaves(a);
	const lb = leaves(b);
	return [...new Set([...la.keys(), ...lb.keys()])].filter((k) => la.get(k) !== lb.get(k));
}

/** The sample's years: one without PK and reverse evaluation (and a year before it), one with both. */
function sampleYears() {
	const without = years.find((y) => years.includes(y - 1) && policies.get(y)!.excellence.pk_ratio === null && !policies.get(y)!.reverse)!;
	const withBoth = years.find((y) => policies.get(y)!.excellence.pk_ratio !== null && policies.get(y)!.reverse)!;
	return { without, withBoth };
}

describe('policy page', () => {
	it('uses a sample with a year without and a year with PK and reverse evaluation', () => {
		const { without, withBoth } = sampleYears();
		expect(without).toBeDefined();
		expect(withBoth).toBeDefined();
	});

	it('shows every parameter of the stored policy, for a year without and a year with PK', async () => {
		const { without, withBoth } = sampleYears();
		for (const year of [without, withBoth]) {
			const { status, html: raw } = await page(year);
			expect(status).toBe(200);
			const html = clean(raw);
			const p = policies.get(year)!;
			expect(html).toMatch(new RegExp(`<option value="${year}" selected`));
			expect(html).toContain(`${year} 年度考核办法`);
			const shown = shownParams(html);
			for (const [param, value] of expectedParams(p)) {
				const texts = shown.get(param);
				expect(texts, `${year} ${param}`).toBeDefined();
				for (const t of texts!) expect(t, `${year} ${param}`).toBe(value);
			}
			// the aspects of the democratic evaluation, and no PK or reverse value where the policy has none
			for (const a of [...p.democratic.team_aspects, ...p.democratic.cadre_aspects]) expect(html).toContain(a.name);
			if (p.excellence.pk_ratio === null) expect(shown.has('excellence.pk_ratio')).toBe(false);
			if (!p.reverse) expect([...shown.keys()].filter((k) => k.startsWith('reverse'))).toEqual([]);
			// the raw policy, pretty-printed
			const details = html.slice(html.indexOf('<details'), html.indexOf('</details>'));
			expect(details).toContain(JSON.stringify(p, null, 2));
		}
	});

	it('lists the groups of the year with their units and bottom-two exemption', async () => {
		const { without, withBoth } = sampleYears();
		for (const year of [without, withBoth]) {
			const html = clean((await page(year)).html);
			const p = policies.get(year)!;
			let total = 0;
			for (const g of p.groups) {
				const units = unitCounts.find((u) => u.year === year && u.group_id === g.id)?.units ?? 0;
				total += units;
				expect(cells(html, `<tr data-group="${g.id}"`), `${year} ${g.id}`).toEqual([
					g.id,
					g.name,
					CATEGORY[g.category],
					g.bottom_two_exempt ? '不参加' : '参加',
					String(units)
				]);
			}
			expect(total).toBeGreaterThan(0);
			expect(html).toContain(`href="/data/policy_groups?year=${year}&format=csv"`);
		}
		const csv = await site.get(`/data/policy_groups?year=${withBoth}&format=csv`);
		expect(csv.status).toBe(200);
		const text = await csv.text();
		for (const g of policies.get(withBoth)!.groups) expect(text).toContain(g.name);
	});

	it('says so when the year has no competitive vote or no reverse evaluation', async () => {
		const { without, withBoth } = sampleYears();
		const a = clean((await page(without)).html);
		expect(a).toMatch(/<p data-pk="no">[^<]*没有同台PK/);
		expect(a).toMatch(/<p data-reverse="no">[^<]*没有反向测评/);
		const b = clean((await page(withBoth)).html);
		expect(b).toContain('data-pk="yes"');
		expect(b).toContain('data-reverse="yes"');
		expect(b).not.toContain('没有同台PK');
		expect(b).not.toContain('没有反向测评');
	});

	it('lists exactly the parameters that changed from the year before', async () => {
		let changedYears = 0;
		for (const year of years) {
			const html = clean((await page(year)).html);
			const prevYear = years.filter((y) => y < year).at(-1);
			if (prevYear === undefined) {
				expect(html).toContain('无从比较');
				expect(html).not.toContain('data-change=');
				continue;
			}
			const diff = differing(policies.get(prevYear)!, policies.get(year)!);
			const keys = [...html.matchAll(/<tr data-change="([^"]+)"/g)].map((m) => m[1]!);
			const covers = (key: string, leaf: string) => leaf === key || leaf.startsWith(`${key}.`);
			if (diff.length === 0) {
				expect(keys, String(year)).toEqual([]);
				expect(html).toContain('data-changes="0"');
				expect(html).toContain(`与 ${prevYear} 年度相比没有变化。`);
				continue;
			}
			changedYears++;
			expect(html).toContain(`data-changes="${keys.length}"`);
			for (const leaf of diff) expect(keys.some((k) => covers(k, leaf)), `${year}: ${leaf} not listed`).toBe(true);
			for (const key of keys) expect(diff.some((leaf) => covers(key, leaf)), `${year}: ${key} listed but unchanged`).toBe(true);
		}
		expect(changedYears).toBeGreaterThanOrEqual(2);
	});

	it('shows the PK ratio and the reverse evaluation where a year brings them in', async () => {
		const pkYear = years.find((y) => policies.get(y - 1) && policies.get(y - 1)!.excellence.pk_ratio === null && policies.get(y)!.excellence.pk_ratio !== null)!;
		const pk = clean((await page(pkYear)).html);
		expect(cells(pk, '<tr data-change="excellence.pk_ratio"')).toEqual(['同台PK票决比例', '无同台PK', `${num(policies.get(pkYear)!.excellence.pk_ratio!)}:1`]);
		const reverseYear = years.find((y) => policies.get(y - 1) && !policies.get(y - 1)!.reverse && policies.get(y)!.reverse)!;
		const rv = clean((await page(reverseYear)).html);
		const row = cells(rv, '<tr data-change="reverse"');
		expect(row.slice(0, 2)).toEqual(['反向测评', '无']);
		expect(row[2]).toContain(`领导班子 ${policies.get(reverseYear)!.reverse!.team_aspects.length} 个方面`);
	});

	it('serves the latest year by default, in English on request, and refuses a year it does not hold', async () => {
		const latest = years.at(-1)!;
		const d = await page();
		expect(d.status).toBe(200);
		expect(clean(d.html)).toContain(`${latest} 年度考核办法`);
		const en = clean((await page(sampleYears().without, 'en')).html);
		expect(en).toContain(`Assessment rules ${sampleYears().without}`);
		expect(en).toContain('has no competitive vote');
		expect((await page(1990)).status).toBe(404);
		expect((await page(Math.max(...years) + 1)).status).toBe(404);
		expect((await get('/policy?year=abc')).status).toBe(400);
	});

	it('shows where the policy came from and its raw text to analysts only, never to a leader', async () => {
		const latest = years.at(-1)!;
		const raw = JSON.stringify(policies.get(latest), null, 2);
		const analyst = clean(await (await site.get(`/policy?year=${latest}`, { role: 'analyst' })).text());
		expect(analyst).toContain(raw);
		const source = /该办法(来自 \S+。|随年度数据包（policy\.json）导入。)/;
		expect(analyst).toMatch(source);
		const leader = clean(await (await site.get(`/policy?year=${latest}`, { role: 'leader' })).text());
		expect(leader).toContain(`${latest} 年度考核办法`);
		expect(leader).not.toContain('<details');
		expect(leader).not.toMatch(source);
		expect(leader).not.toMatch(/\.json/);
		expect(leader).not.toContain(raw.slice(0, 40));
	});
});
