// The page cache: one computation per key and warehouse state, errors not kept, bounded; a page's
// key is the parameters it reads, its language and (for the rendered bytes) the person.
import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { cached, cachedPage, cachedResponse, warehouseChanged } from './page-cache';
import type { Role } from '$lib/auth/roles';

describe('page cache', () => {
	it('computes a key once, and again after the warehouse changed', async () => {
		let runs = 0;
		const compute = async () => ++runs;
		expect(await cached('a', compute)).toBe(1);
		expect(await cached('a', compute)).toBe(1);
		warehouseChanged();
		expect(await cached('a', compute)).toBe(2);
	});
	it('does not keep a failure', async () => {
		await expect(cached('b', () => Promise.reject(new Error('503')))).rejects.toThrow('503');
		await new Promise((r) => setImmediate(r));
		expect(await cached('b', async () => 'ok')).toBe('ok');
	});
	it('forgets the least recently used entry beyond its bound', async () => {
		let runs = 0;
		await cached('first', async () => ++runs);
		for (let i = 0; i < 400; i++) await cached(`k${i}`, async () => i);
		await cached('first', async () => ++runs);
		expect(runs).toBe(2);
	});
});

/** A request of the site as the hook sees it, signed in as `role` (name `test-<role>`). */
function request(path: string, { role = 'analyst' as Role | null, lang = 'zh' as 'zh' | 'en', routeId = '/rankings', data = false } = {}) {
	const url = new URL(path, 'http://kaohe.test');
	return {
		url,
		request: new Request(url),
		route: { id: routeId },
		params: {},
		isDataRequest: data,
		locals: { lang, user: role === null ? undefined : { name: `test-${role}`, role } }
	} as unknown as RequestEvent;
}

/** A page render that counts itself and says for whom and for which URL it rendered. */
function renderer() {
	const seen: string[] = [];
	const render = (event: RequestEvent) => async () => {
		seen.push(`${event.url.search}`);
		const html = `<p>${event.locals.user?.name} ${event.url.search} ${seen.length}</p>`;
		return new Response(html, { headers: { 'content-type': 'text/html', etag: `"${seen.length}"` } });
	};
	return { seen, get: async (e: RequestEvent) => (await cachedResponse(e, render(e))).text() };
}

describe('page key', () => {
	it('a load sees only the parameters its page reads, and a junk parameter is the same page', async () => {
		warehouseChanged();
		const urls: string[] = [];
		const load = async (e: { url: URL }) => (urls.push(e.url.search), e.url.searchParams.get('year'));
		expect(await cachedPage(request('/rankings?year=2005'), load)).toBe('2005');
		expect(await cachedPage(request('/rankings?z=1&year=2005'), load)).toBe('2005');
		expect(await cachedPage(request('/rankings?year=2005&z=2'), load)).toBe('2005');
		expect(urls).toEqual(['?year=2005']);
		expect(await cachedPage(request('/rankings?year=2006&z=1'), load)).toBe('2006');
		expect(await cachedPage(request('/rankings?year=2006', { lang: 'en' }), load)).toBe('2006');
		expect(urls).toEqual(['?year=2005', '?year=2006', '?year=2006']);
	});

	it('keeps a rendered page per parameters read, language and person', async () => {
		warehouseChanged();
		const r = renderer();
		const first = await r.get(request('/rankings?year=2005'));
		expect(await r.get(request('/rankings?year=2005&z=1'))).toBe(first);
		expect(await r.get(request('/rankings?z=7&year=2005'))).toBe(first);
		expect(r.seen).toHaveLength(1);
		expect(await r.get(request('/rankings?year=2006'))).not.toBe(first);
		expect(await r.get(request('/rankings?year=2005', { lang: 'en' }))).not.toBe(first);
		// the layout's own parameter changes the page too
		expect(await r.get(request('/rankings?year=2005&standalone'))).not.toBe(first);
		expect(r.seen).toHaveLength(4);
		// never one person's page to another, whatever the role
		const leader = await r.get(request('/rankings?year=2005', { role: 'leader' }));
		expect(leader).toContain('test-leader');
		expect(leader).not.toContain('test-analyst');
		expect(await r.get(request('/rankings?year=2005', { role: 'admin' }))).toContain('test-admin');
		expect(r.seen).toHaveLength(6);
	});

	it("keeps a rendered page per table view (sort, filters) apart, but one data load for them", async () => {
		warehouseChanged();
		const r = renderer();
		const first = await r.get(request('/trends?from=2003', { routeId: '/trends' }));
		const sorted = await r.get(request('/trends?from=2003&years.sort=-total', { routeId: '/trends' }));
		expect(sorted).not.toBe(first);
		expect(await r.get(request('/trends?years.sort=-total&from=2003&z=1', { routeId: '/trends' }))).toBe(sorted);
		expect(await r.get(request('/trends?from=2003&years.grade=excellent&years.sort=-total', { routeId: '/trends' }))).not.toBe(sorted);
		expect(r.seen).toHaveLength(3);
		const urls: string[] = [];
		const load = async (e: { url: URL }) => (urls.push(e.url.search), 1);
		await cachedPage(request('/trends?from=2003', { routeId: '/trends' }), load);
		await cachedPage(request('/trends?from=2003&years.sort=-total', { routeId: '/trends' }), load);
		expect(urls).toEqual(['?from=2003']);
	});

	it('renders afresh after the warehouse changed, and keeps no failed, data or unlisted response', async () => {
		warehouseChanged();
		const r = renderer();
		await r.get(request('/rankings'));
		warehouseChanged();
		await r.get(request('/rankings'));
		expect(r.seen).toHaveLength(2);
		for (const e of [request('/rankings', { data: true }), request('/cadres/C1', { routeId: '/cadres/[id]' }), request('/signin', { routeId: '/signin', role: null })]) {
			await r.get(e);
			await r.get(e);
		}
		expect(r.seen).toHaveLength(8);
		let calls = 0;
		const failing = async () => (calls++, new Response('no', { status: 503, headers: { 'content-type': 'text/html', etag: '"x"' } }));
		await cachedResponse(request('/trends', { routeId: '/trends' }), failing);
		await cachedResponse(request('/trends', { routeId: '/trends' }), failing);
		expect(calls).toBe(2);
	});

	it('keeps a public page for every reader signed out, apart from the signed-in ones', async () => {
		warehouseChanged();
		const r = renderer();
		const summary = { routeId: '/summary/[year]' };
		const pub = await r.get(request('/summary/2008', { ...summary, role: null }));
		expect(await r.get(request('/summary/2008?z=1', { ...summary, role: null }))).toBe(pub);
		expect(await r.get(request('/summary/2008', { ...summary, role: 'leader' }))).toContain('test-leader');
		expect(r.seen).toHaveLength(2);
	});

	it('renders a page once for requests that arrive together', async () => {
		warehouseChanged();
		const r = renderer();
		const pages = await Promise.all(Array.from({ length: 5 }, () => r.get(request('/rankings?year=2007'))));
		expect(new Set(pages).size).toBe(1);
		expect(r.seen).toHaveLength(1);
	});
});
