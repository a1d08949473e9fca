// A read-only site (KAOHE_READONLY=1) on a warehouse an older version made (issue #12): it cannot
// migrate the file, and this version's queries would fail on it (a macro it lacks) page by page.
// It refuses it at start and on every page, in Chinese, naming the command that upgrades it;
// `npm run cli -- migrate` does, and the site then serves the file.
import {} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { startSite, type Site } from '../helpers/site.js';
import { cli, copyWarehouse } from '../warehouse/helpers.js';
import { tempDir } from '../helpers/temp.js';

let db: string;
let site: Site | undefined;

beforeAll(async () => {
	db = copyWarehouse(inject('sampleDb'), join(tempDir('stale-'), 'w.duckdb'));
	// as a version before rule 10's macros left it: no reward_base, another schema hash
	const wh = await Warehouse.open(db);
	await wh.transaction(async (c) => {
		for (const sql of ['DROP MACRO reward_base', "UPDATE kaohe_schema SET hash = 'an older schema'"]) await c.run(sql);
	});
	await wh.all('CHECKPOINT');
	wh.close();
});
afterAll(async () => site?.stop());

describe('a read-only site on a warehouse of an older schema', () => {
	it('refuses it on every page, saying to run migrate, and leaves the file as it was', async () => {
		site = await startSite(db, { readOnly: true });
		for (const path of ['/', '/rewards?year=2009', '/summary']) {
			const res = await site.get(path, { headers: { accept: 'text/html' } });
			expect([path, res.status]).toEqual([path, 503]);
			const html = await res.text();
			expect(html).toContain('由较早版本的程序建立');
			expect(html).toContain(`npm run cli -- migrate --db ${db}`);
			expect(html).not.toMatch(/Catalog Error|Binder Error|reward_base/);
		}
		await site.stop();
		site = undefined;
		const ro = await Warehouse.open(db, { readOnly: true });
		try {
			expect(await ro.schemaIsCurrent()).toBe(false);
		} finally {
			ro.close();
		}
	});

	it('is served once migrate has upgraded it; migrate then has nothing to do', async () => {
		const first = cli(['migrate', '--db', db]);
		expect([first.code, first.out.trim()]).toEqual([0, `已迁移数据仓库到当前结构 → ${db}`]);
		const again = cli(['migrate', '--db', db]);
		expect([again.code, again.out.trim()]).toEqual([0, `数据仓库已是当前结构，无需迁移 → ${db}`]);
		expect(cli(['migrate', '--db', join(tmpdir(), 'kaohe-no-such-warehouse.duckdb')]).code).toBe(3);

		site = await startSite(db, { readOnly: true });
		const res = await site.get('/rewards?year=2009', { headers: { accept: 'text/html' } });
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('data-testid="whatif-total"');
	});
});
