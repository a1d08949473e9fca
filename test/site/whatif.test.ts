// The what-if page (/policy/whatif) on a read-write site over a copy of the sample: an analyst
// runs an edit and sees the changes the what-if computes, an invalid edit is refused naming the
// field, the download is a valid policy, a leader cannot reach it, and nothing stored changes.
import {} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validatePolicy } from '../../src/lib/policy/validate.js';
import type { Policy } from '../../src/lib/policy/schema.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { whatIf, type WhatIfResult } from '../../src/lib/warehouse/whatif.js';
import { startSite, type Site } from '../helpers/site.js';
import { snapshot } from '../helpers/warehouse.js';
import { copyWarehouse } from '../warehouse/helpers.js';
import { tempDir } from '../helpers/temp.js';

const YEAR = 2009;
let site: Site;
let db: string;
let stored: Policy;
let edited: Policy;
let expected: WhatIfResult;
let before: string;

beforeAll(async () => {
	db = copyWarehouse(inject('sampleDb'), join(tempDir('whatif-site-'), 'w.duckdb'));
	const wh = await Warehouse.open(db);
	const [row] = await wh.all<{ policy_json: string }>('SELECT policy_json FROM years WHERE year = $year', { year: YEAR });
	stored = JSON.parse(row!.policy_json) as Policy;
	edited = structuredClone(stored);
	edited.id = 'qianjiang-2011';
	edited.bottom_two.size = 3;
	edited.unit_grades.qualified_min = 92;
	edited.reward.per_point_per_capita = 35;
	expected = await whatIf(wh, YEAR, edited);
	before = await snapshot(wh);
	wh.close();
	site = await startSite(db, { readOnly: false });
});
afterAll(async () => site?.stop());

const post = (path: string, body: Record<string, string>, role: 'analyst' | 'leader' = 'analyst') =>
	site.get(path, { role, method: 'POST', headers: { origin: site.url, accept: 'text/html' }, body: new URLSearchParams(body) });

describe('/policy/whatif', () => {
	it('shows an analyst the year’s policy to edit, linked from /policy', async () => {
		const res = await site.get(`/policy/whatif?year=${YEAR}`);
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('整体政策假设测算');
		expect(html).toContain(`"id": "${stored.id}"`);
		expect(await (await site.get(`/policy?year=${YEAR}`)).text()).toContain(`href="/policy/whatif?year=${YEAR}"`);
	});

	it('is out of a leader’s reach, and not linked for one', async () => {
		expect((await site.get(`/policy/whatif?year=${YEAR}`, { role: 'leader' })).status).toBe(403);
		expect((await post('/policy/whatif?/run', { year: String(YEAR), policy: JSON.stringify(edited) }, 'leader')).status).toBe(403);
		expect((await post('/policy/whatif/download', { year: String(YEAR), policy: JSON.stringify(edited) }, 'leader')).status).toBe(403);
		expect(await (await site.get(`/policy?year=${YEAR}`, { role: 'leader' })).text()).not.toContain('/policy/whatif');
	});

	it('shows the changes, counted per kind, changed rows only', async () => {
		const res = await post('/policy/whatif?/run', { year: String(YEAR), policy: JSON.stringify(edited) });
		expect(res.status).toBe(200);
		const html = await res.text();
		for (const [kind, n] of Object.entries(expected.counts)) {
			const m = html.match(new RegExp(`data-count="${kind}"[^]*?<td class="num">(\\d+)</td>`));
			expect([kind, Number(m?.[1])]).toEqual([kind, n]);
		}
		expect(expected.units.length).toBeGreaterThan(0);
		const units = [...html.matchAll(/data-unit="([^"]+)"/g)].map((m) => m[1]);
		expect(units).toEqual(expected.units.map((u) => u.unit_id));
		const cadres = [...html.matchAll(/data-cadre="([^"]+)"/g)].map((m) => m[1]);
		expect(cadres).toEqual(expected.cadres.map((c) => c.cadre_id));
	});

	it('refuses an invalid edit, naming the field', async () => {
		const bad = structuredClone(edited);
		bad.composite.principal_target_weight = 1.5;
		const res = await post('/policy/whatif?/run', { year: String(YEAR), policy: JSON.stringify(bad) });
		expect(res.status).toBe(400);
		const html = await res.text();
		expect(html).toContain('data-field="composite.principal_target_weight"');
		expect(html).not.toContain('data-count=');
		const dl = await post('/policy/whatif/download', { year: String(YEAR), policy: JSON.stringify(bad) });
		expect(dl.status).toBe(400);
	});

	it('downloads the edited policy as a valid policy file', async () => {
		const res = await post('/policy/whatif/download', { year: String(YEAR), policy: JSON.stringify(edited) });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="qianjiang-2011.json"');
		const v = validatePolicy(JSON.parse(await res.text()));
		expect(v).toEqual({ ok: true, policy: validatePolicy(edited).ok ? (validatePolicy(edited) as { policy: Policy }).policy : null });
	});

	it('leaves every stored row as it was', async () => {
		await site.stop();
		const wh = await Warehouse.open(db, { readOnly: true });
		try {
			expect(await snapshot(wh)).toBe(before);
		} finally {
			wh.close();
		}
	});
});
