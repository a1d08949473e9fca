// What issue #11's attack found on the running site besides sign-in (test/site/signin.test.ts):
// the headers of pages behind sign-in, the dossier views and torn lines of the audit log, the
// public summary's earlier years, and an Arrow download of nothing.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../helpers/site.js';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(() => site?.stop());

const auditLines = () => readFileSync(join(site.state, 'audit.jsonl'), 'utf8').split('\n').filter(Boolean);

describe('headers', () => {
	it('keeps pages and downloads out of every cache and every frame, under a content security policy', async () => {
		for (const [path, role] of [
			['/', 'leader'],
			['/units/nonesuch', 'leader'],
			['/data/alerts?year=2010&format=csv', 'analyst'],
			['/admin/audit', 'admin'],
			['/signin', null]
		] as const) {
			const res = await site.get(path, { role });
			expect(res.headers.get('cache-control'), path).toBe('no-store');
			expect(res.headers.get('x-frame-options'), path).toBe('DENY');
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
			if (res.headers.get('content-type')?.startsWith('text/html')) {
				const csp = res.headers.get('content-security-policy') ?? '';
				expect(csp, path).toContain("frame-ancestors 'none'");
				expect(csp, path).toContain("object-src 'none'");
				// scripts: the site's own files and kit's inline script by its hash, nothing else (a
				// hash, not a nonce: the page cache serves a kept page again)
				const hashes = /script-src 'self'((?: 'sha256-[\w+/=]+')+)(;|$)/.exec(csp);
				expect(hashes, `${path}: ${csp}`).not.toBeNull();
				const allowed = hashes![1]!.trim().split(' ').map((h) => h.slice(8, -1));
				const html = await res.text();
				for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
					if (body!.trim()) expect(allowed, path).toContain(createHash('sha256').update(body!).digest('base64'));
			}
		}
	});
});

describe('refusals', () => {
	it('carry the same headers as every other response: sign-in redirects, 401, 403 and 405', async () => {
		const html = { accept: 'text/html' };
		const cases: [string, Parameters<Site['get']>[1], number][] = [
			['/rankings', { role: null, headers: html }, 303], // a person is sent to sign in
			['/rankings/__data.json', { role: null }, 200], // kit's client is told where to go, in JSON
			['/rankings', { role: null, headers: { accept: '*/*' } }, 401], // a script
			['/admin/audit', { role: 'leader', headers: html }, 403],
			['/admin/audit', { role: 'leader', headers: { accept: 'application/json' } }, 403],
			['/signin', { method: 'POST', headers: { ...html, origin: 'https://elsewhere.example' }, role: null }, 403], // another site's form
			['/summary/2010/internal', { role: 'leader', headers: html }, 403],
			['/rankings', { method: 'POST', role: 'leader', headers: { accept: 'application/json', origin: site.url } }, 405] // a page that takes no form
		];
		for (const [path, options, status] of cases) {
			const res = await site.get(path, options);
			const what = `${options?.method ?? 'GET'} ${path} ${res.headers.get('content-type')}`;
			expect(res.status, what).toBe(status);
			expect(res.headers.get('cache-control'), what).toBe('no-store');
			expect(res.headers.get('x-frame-options'), what).toBe('DENY');
			expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
			expect(res.headers.get('referrer-policy'), what).toBe('same-origin');
			expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
			const body = await res.text();
			if (res.headers.get('content-type')?.startsWith('text/html')) {
				// the site's error page, in Chinese, under a policy that runs no script and allows no frame
				const csp = res.headers.get('content-security-policy') ?? '';
				expect(csp, what).toContain("frame-ancestors 'none'");
				expect(csp, what).toContain("default-src 'none'");
				expect(body, what).toMatch(/<h1>(您的账户无权访问此页面或执行此操作。|请求来源与本站不符，已拒绝。请从本站页面提交。)<\/h1>/);
				expect(body, what).not.toMatch(/<script/);
			}
			if (status === 303) expect(res.headers.get('location')).toBe('/signin?next=%2Frankings');
		}
		const data = await site.get('/rankings/__data.json', { role: null });
		expect(await data.json()).toEqual({ type: 'redirect', location: '/signin?next=%2Frankings' });
		expect(await (await site.get('/rankings', { role: null, headers: { accept: '*/*' } })).json()).toEqual({ message: '请先登录。' });
	});

	it('remove a session cookie the site no longer honours, as before', async () => {
		const res = await site.get('/rankings', { role: null, headers: { accept: 'text/html', cookie: 'kaohe_session=forged.value' } });
		expect(res.status).toBe(303);
		expect(res.headers.get('set-cookie') ?? '').toMatch(/^kaohe_session=; .*Max-Age=0/i);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	});
});

describe('the audit log', () => {
	it('keeps every view of a unit dossier, whose page shows its cadres’ scores and grades', async () => {
		const id = 'D101'; // the sample's first unit
		expect((await site.get(`/units/${id}`, { role: 'leader' })).status).toBe(200);
		const views = auditLines()
			.map((l) => JSON.parse(l) as { action: string; actor: string; target?: string })
			.filter((e) => e.action === 'view_unit' && e.target === id && e.actor === 'test-leader');
		expect(views).toHaveLength(1);
	});

	it('writes the next entry whole after a torn line, and shows the torn line as unreadable', async () => {
		// what a full disk or a crash leaves: the start of an entry, no newline
		const torn = '{"at":"2026-12-01T08:00:00.000Z","actor":"test-admin","action":"exp';
		appendFileSync(join(site.state, 'audit.jsonl'), torn);
		const out = await site.get('/data/alerts?year=2010&format=csv', { role: 'analyst' });
		expect(out.status).toBe(200);
		const lines = auditLines();
		expect(lines.at(-2)).toBe(torn);
		expect(JSON.parse(lines.at(-1)!)).toMatchObject({ actor: 'test-analyst', action: 'export' });

		const csv = await (await site.get('/admin/audit/download?format=csv', { role: 'admin' })).text();
		expect(csv).toContain('无法读取的记录');
		expect(csv).toContain(`audit.jsonl:${lines.length - 1}`);
		const page = await (await site.get('/admin/audit?audit.action=unreadable', { role: 'admin' })).text();
		expect(page).toContain('无法读取的记录');
		expect(page).toContain('共 1 条');
	});
});

describe('the public summary', () => {
	/** The years of the satisfaction table's rows (its first cell, `2009 年`). */
	const rows = (page: string) => [...page.matchAll(/>(\d{4}) 年<\/td>/g)].map((m) => Number(m[1]));
	const publish = (years: number[]) =>
		writeFileSync(join(site.state, 'published.json'), JSON.stringify(years.map((year) => ({ year, at: new Date().toISOString(), by: 'test-analyst' }))));

	it('shows of the earlier years only those that were published; the internal edition shows all', async () => {
		publish([2009]);
		const only = await site.get('/summary/2009', { role: null });
		expect(only.status).toBe(200);
		expect(rows(await only.text())).toEqual([2009]);

		publish([2005, 2009]);
		expect(rows(await (await site.get('/summary/2009', { role: null })).text())).toEqual([2005, 2009]);
		const internal = await (await site.get('/summary/2009/internal', { role: 'analyst' })).text();
		expect(rows(internal)).toEqual([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009]);
	});
});

describe('downloads', () => {
	it('an Arrow file of an empty result has the columns and no rows, as its CSV', async () => {
		const csv = await site.get('/data/alerts?year=2001&format=csv');
		expect(csv.status).toBe(200);
		const header = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\n');
		expect(header).toHaveLength(1);
		const arrow = await site.get('/data/alerts?year=2001&format=arrow');
		expect(arrow.status).toBe(200);
		const table = tableFromIPC(new Uint8Array(await arrow.arrayBuffer()));
		expect(table.numRows).toBe(0);
		expect(table.schema.fields).toHaveLength(header[0]!.split(',').length);
		expect(table.schema.fields.map((f) => f.name)).toContain('unit_id');
	});
});
