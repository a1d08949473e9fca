// The dashboard's pages on a large table and from the page cache (issue #10, #11): the rankings
// and reward tables a page at a time (here 10 rows, KAOHE_PAGE_ROWS) with every row on some page
// exactly once; a rendered page is the same for a junk query parameter but not for one the page
// reads, is never another person's, and answers If-None-Match with 304.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { startSite, type Site } from '../helpers/site.js';

const ROWS = 10;
let site: Site;
let units: { year: number; group_id: string; unit_id: string }[];
beforeAll(async () => {
	site = await startSite(inject('sampleDb'), { env: { KAOHE_PAGE_ROWS: String(ROWS) } });
	const wh = await Warehouse.open(site.db, { readOnly: true });
	units = await wh.all(`SELECT year, group_id, unit_id FROM unit_results WHERE year = 2007 ORDER BY group_id, rank_in_group, target_score DESC, unit_id`);
	wh.close();
});
afterAll(async () => site?.stop());

const html = async (path: string, role?: 'leader' | 'analyst' | 'admin') => {
	const res = await site.get(path, { role });
	expect(res.status, path).toBe(200);
	return res.text();
};
/** The unit ids of each group, in rank order. */
const byGroup = () => {
	const groups = new Map<string, string[]>();
	for (const u of units) groups.set(u.group_id, [...(groups.get(u.group_id) ?? []), u.unit_id]);
	return groups;
};
const pagesOf = (page: string) => Number(/data-pages="(\d+)"/.exec(page)?.[1] ?? 1);
const all = (page: string, attr: string) => [...page.matchAll(new RegExp(`<tr ${attr}="([^"]+)"`, 'g'))].map((m) => m[1]!);

describe('long tables a page at a time', () => {
	it('rankings: every unit of every group once, in rank order, at most 10 a group per page', async () => {
		const first = await html('/rankings?year=2007');
		const pages = pagesOf(first);
		const largest = Math.max(...[...byGroup().values()].map((g) => g.length));
		expect(pages).toBe(Math.ceil(largest / ROWS));
		expect(pages).toBeGreaterThan(1);
		const seen = new Map<string, string[]>();
		for (let p = 1; p <= pages; p++) {
			const page = p === 1 ? first : await html(`/rankings?year=2007&page=${p}`);
			for (const [, group, body] of page.matchAll(/<tbody data-group="([^"]+)"[^>]*>(.*?)<\/tbody>/gs)) {
				const ids = all(body!, 'data-unit');
				expect(ids.length).toBeLessThanOrEqual(ROWS);
				seen.set(group!, [...(seen.get(group!) ?? []), ...ids]);
			}
		}
		expect(seen).toEqual(byGroup());
		// the whole group is still counted on each page
		expect(first).toContain(`${units.length} 个单位`);
	});

	it('rewards: the stored and the what-if tables hold every unit of the year once across the pages', async () => {
		const first = await html('/rewards?year=2007');
		const pages = pagesOf(first);
		expect(pages).toBe(Math.ceil(units.length / ROWS));
		const stored: string[] = [];
		const whatIf: string[] = [];
		for (let p = 1; p <= pages; p++) {
			const page = p === 1 ? first : await html(`/rewards?year=2007&page=${p}`);
			stored.push(...all(page, 'data-stored-unit'));
			whatIf.push(...all(page, 'data-unit'));
		}
		const ids = units.map((u) => u.unit_id).sort();
		expect([...stored].sort()).toEqual(ids);
		expect([...whatIf].sort()).toEqual(ids);
	});
});

describe('rendered pages kept', () => {
	it('a junk parameter gives the same page, a parameter the page reads another', async () => {
		const etag = async (path: string) => (await site.get(path)).headers.get('etag');
		const a = await etag('/rankings?year=2005');
		expect(a).toBeTruthy();
		expect(await etag('/rankings?year=2005&z=1')).toBe(a);
		expect(await etag('/rankings?z=2&year=2005')).toBe(a);
		expect(await etag('/rankings?year=2006')).not.toBe(a);
		expect(await html('/rankings?year=2006&z=3')).toMatch(/<option value="2006" selected/);
	});

	it('answers a matching If-None-Match with 304 and no body', async () => {
		const full = await site.get('/trends');
		const etag = full.headers.get('etag')!;
		await full.arrayBuffer();
		const again = await site.get('/trends?z=9', { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect((await site.get('/trends', { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
	});

	it("never gives one person's page to another", async () => {
		const analyst = await html('/rewards?year=2006', 'analyst');
		expect(analyst).toContain('test-analyst');
		const leader = await html('/rewards?year=2006', 'leader');
		expect(leader).toContain('test-leader');
		expect(leader).not.toContain('test-analyst');
		// a leader's menu has no import or downloads of an analyst's
		expect(leader).not.toContain('href="/import"');
		expect(analyst).toContain('href="/import"');
	});

	it('a summary kept in memory follows its publication, and the public sees it once published', async () => {
		const draft = '草稿：本年度结果尚未公示';
		expect(await html('/summary/2008')).toContain(draft);
		expect(await html('/summary/2008')).toContain(draft);
		expect((await site.get('/summary/2008', { role: null })).status).toBe(401);
		const notice = new URLSearchParams({ start: '2026-12-01', end: '2026-12-07', contact: '023-12345678', issuer: '中共某某区委组织部', confirm: 'yes' });
		const publish = await site.get('/summary/2008?/publish', { method: 'POST', body: notice, headers: { origin: site.url, accept: 'text/html' } });
		expect(publish.status).toBe(303);
		expect(await html('/summary/2008')).not.toContain(draft);
		for (let i = 0; i < 2; i++) {
			const res = await site.get('/summary/2008', { role: null });
			expect(res.status).toBe(200);
			const page = await res.text();
			expect(page).not.toContain(draft);
			expect(page).not.toContain('test-analyst');
		}
	});
});
