// Who may reach what: every route and endpoint of the site requested as the public, as each role,
// and with a forged, an expired and a disabled account's session, against the answer README's
// table promises. The expected answers are written out here, not derived from the access table.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../helpers/site.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { SESSION_COOKIE, signSession } from '../../src/lib/auth/session.js';

let site: Site;
let year: number;
let unit: string;
let cadre: string;
beforeAll(async () => {
	site = await startSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	[{ year, unit, cadre }] = (await wh.all(
		`SELECT max(year)::INTEGER AS year, min(unit_id) AS unit, (SELECT min(cadre_id) FROM cadre_results) AS cadre FROM unit_results`
	)) as [{ year: number; unit: string; cadre: string }];
	wh.close();
});
afterAll(() => site?.stop());

type Who = 'public' | 'leader' | 'analyst' | 'admin';
const WHO: Who[] = ['public', 'leader', 'analyst', 'admin'];

/** path (or METHOD path) → the status for the public, a leader, an analyst, an admin. */
const TABLE = (): [string, number[]][] => [
	['/', [303, 200, 200, 200]],
	['/trends', [303, 200, 200, 200]],
	[`/rankings?year=${year}`, [303, 200, 200, 200]],
	['/bottom-two', [303, 200, 200, 200]],
	['/bottom-two/history', [401, 200, 200, 200]],
	['/rewards', [303, 200, 200, 200]],
	['/compare', [303, 200, 200, 200]],
	['/quality', [303, 200, 200, 200]],
	['/use', [303, 200, 200, 200]],
	[`/units/${unit}`, [303, 200, 200, 200]],
	[`/cadres/${cadre}`, [303, 200, 200, 200]],
	['/policy', [303, 200, 200, 200]],
	[`/policy/whatif?year=${year}`, [303, 403, 200, 200]],
	['/search?q=1', [303, 200, 200, 200]],
	['/summary', [200, 200, 200, 200]],
	[`/summary/${year}`, [303, 200, 200, 200]],
	[`/summary/${year}/internal`, [303, 403, 200, 200]],
	[`/summary/${year}/download/00000000-0000-0000-0000-000000000000?file`, [401, 403, 404, 404]],
	[`/data/rankings?year=${year}&format=csv`, [401, 403, 200, 200]],
	['/import', [303, 403, 200, 200]],
	['/import/00000000-0000-0000-0000-000000000000', [401, 403, 404, 404]],
	['/account', [303, 200, 200, 200]],
	['/admin/users', [303, 403, 403, 200]],
	['/admin/audit', [303, 403, 403, 200]],
	['/admin/audit/download?format=csv', [401, 403, 403, 200]],
	['/lang?to=en&back=%2F', [303, 303, 303, 303]],
	['/signin', [200, 200, 200, 200]],
	['/signin/once?token=not-a-real-token', [403, 403, 403, 403]],
	['/no-such-page', [404, 404, 404, 404]],
	['POST /signout', [303, 303, 303, 303]],
	['POST /rankings', [405, 405, 405, 405]],
	[`POST /summary/${year}?/withdraw`, [401, 403, 303, 303]],
	[`POST /summary/${year}/download`, [401, 403, 400, 400]], // reached, then refused: no file named
	['POST /admin/users?/disable', [401, 403, 403, 400]], // reached, then refused: no account `nobody`
	['POST /import?/confirm', [401, 403, 409, 409]], // reached, then refused: no such upload
	['POST /quality?/check', [401, 403, 400, 400]], // reached, then refused: no signal named
	[`POST /cadres/${cadre}?/grade`, [401, 403, 409, 409]], // reached, then refused: this site only reads
	['POST /use?/record', [401, 403, 400, 400]] // reached, then refused: no decision in the form
];

/** A request as a browser sends it: pages want HTML, endpoints anything; forms come from the site. */
function request(spec: string, cookie: string | null): Promise<Response> {
	const [method, path] = spec.startsWith('POST ') ? ['POST', spec.slice(5)] : ['GET', spec];
	const endpoint = /^\/(data|bottom-two\/history|import\/|admin\/audit\/download|summary\/\d+\/download)/.test(path!);
	const headers: Record<string, string> = { accept: endpoint ? '*/*' : 'text/html' };
	if (cookie) headers.cookie = cookie;
	if (method === 'POST') headers.origin = site.url;
	const body = method === 'POST' ? new URLSearchParams({ name: 'nobody', disabled: 'true', job: 'none' }) : undefined;
	return fetch(site.url + path, { method, headers, body, redirect: 'manual' });
}

describe('the access table, route by route', () => {
	for (const [i, who] of WHO.entries())
		it(`answers ${who === 'public' ? 'the public' : who === 'leader' ? 'a leader' : `an ${who}`} as README says`, async () => {
			const got: string[] = [];
			const want: string[] = [];
			for (const [spec, statuses] of TABLE()) {
				// signing out ends the session: a session of its own, so the rows after it still have one
				const cookie = who === 'public' ? null : spec === 'POST /signout' ? site.session(who) : site.cookie(who);
				const res = await request(spec, cookie);
				got.push(`${spec} ${res.status}`);
				want.push(`${spec} ${statuses[i]}`);
				if (res.status === 303 && statuses[i] === 303 && who === 'public' && !spec.startsWith('POST') && !spec.startsWith('/lang'))
					expect(res.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(spec)}`);
			}
			expect(got).toEqual(want);
		});

	it('treats a forged, an expired, a never opened or a disabled account’s session as the public', async () => {
		const key = Buffer.from(readFileSync(join(site.state, 'session.key'), 'utf8').trim(), 'hex');
		const now = Math.floor(Date.now() / 1000);
		// the open session of test-admin, so that each cookie below fails for its one fault
		const s = (JSON.parse(Buffer.from(site.cookie('admin').split('=')[1]!.split('.')[0]!, 'base64url').toString()) as { s: string }).s;
		const forged = `${SESSION_COOKIE}=${signSession(Buffer.alloc(32, 1), { n: 'test-admin', v: 1, s, e: now + 3600 })}`;
		const expired = `${SESSION_COOKIE}=${signSession(key, { n: 'test-admin', v: 1, s, e: now - 1 })}`;
		const unknown = `${SESSION_COOKIE}=${signSession(key, { n: 'nobody', v: 1, s, e: now + 3600 })}`;
		const oldEpoch = `${SESSION_COOKIE}=${signSession(key, { n: 'test-admin', v: 0, s, e: now + 3600 })}`;
		const neverOpened = `${SESSION_COOKIE}=${signSession(key, { n: 'test-admin', v: 1, s: 'not-a-session-of-this-site', e: now + 3600 })}`;
		for (const cookie of [forged, expired, unknown, oldEpoch, neverOpened, `${SESSION_COOKIE}=garbage`]) {
			for (const [spec, statuses] of TABLE()) {
				if (spec.startsWith('POST /signout') || spec.startsWith('/lang')) continue;
				const res = await request(spec, cookie);
				expect(`${spec} ${res.status}`, cookie).toBe(`${spec} ${statuses[0]}`);
			}
		}
	});

	it('ends the sessions of an account disabled while signed in', async () => {
		const before = await request('/', site.cookie('leader'));
		expect(before.status).toBe(200);
		const path = join(site.state, 'accounts.json');
		const accounts = JSON.parse(readFileSync(path, 'utf8')) as { name: string; disabled: boolean; epoch: number }[];
		writeFileSync(path, JSON.stringify(accounts.map((a) => (a.name === 'test-leader' ? { ...a, disabled: true, epoch: a.epoch + 1 } : a))));
		const after = await request('/', site.cookie('leader'));
		expect(after.status).toBe(303);
		writeFileSync(path, JSON.stringify(accounts));
	});

	it('shows a published year’s public summary to the public, and only that', async () => {
		writeFileSync(join(site.state, 'published.json'), JSON.stringify([{ year, at: new Date().toISOString(), by: 'test' }]));
		expect((await request(`/summary/${year}`, null)).status).toBe(200);
		expect((await request(`/summary/${year}/internal`, null)).status).toBe(303);
		expect((await request(`/summary/${year - 1}`, null)).status).toBe(303);
		const list = await (await request('/summary', null)).text();
		expect(list).toContain(`href="/summary/${year}"`);
		expect(list).not.toContain(`href="/summary/${year - 1}"`);
		expect(list).not.toContain('/internal');
		writeFileSync(join(site.state, 'published.json'), '[]');
	});
});
