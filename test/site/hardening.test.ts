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
}, 240_000);
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
