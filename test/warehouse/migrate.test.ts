// Opening a warehouse written by an older version whose tables differ (src/lib/warehouse/migrate.ts):
// a derived table is rebuilt and recomputed, the macros are this version's (an old one dropped), an
// input table refuses the file and leaves it as it was.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkWarehouse } from '../../src/lib/warehouse/check.js';
import { Warehouse, WarehouseUnavailable } from '../../src/lib/warehouse/db.js';
import { unitsBundle } from '../helpers/bundle.js';
import { importInto, rows } from '../helpers/warehouse.js';
import { liveMarks } from '../../src/lib/warehouse/quality-marks.js';
import { marksOfYear } from '../../src/lib/server/quality-marks.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A warehouse file with one imported year, then changed by `older` as an older version had it. */
async function olderWarehouse(older: string[]): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'kaohe-migrate-'));
	dirs.push(dir);
	const file = join(dir, 'warehouse.duckdb');
	const wh = await Warehouse.open(file);
	await importInto(wh, unitsBundle(2007, [{ id: 'A', group: 'D1', points: [51, 40], staff: 12 }]));
	await wh.transaction(async (c) => {
		for (const sql of [...older, "UPDATE kaohe_schema SET hash = 'an older schema'"]) await c.run(sql);
	});
	await wh.all('CHECKPOINT');
	wh.close();
	return file;
}

const columnsOf = (wh: Warehouse, table: string) =>
	wh.all<{ column_name: string }>('SELECT column_name FROM duckdb_columns() WHERE table_name = $table ORDER BY column_index', { table });

describe('migration', () => {
	it('rebuilds a derived table whose columns changed and recomputes it for every year', async () => {
		const file = await olderWarehouse(['DROP TABLE rewards', 'CREATE TABLE rewards (year INTEGER, unit_id VARCHAR, bonus DOUBLE)', 'CREATE INDEX units_by_unit ON units (unit_id)']);
		const fresh = await Warehouse.open(':memory:');
		const want = await columnsOf(fresh, 'rewards');
		fresh.close();
		const wh = await Warehouse.open(file);
		try {
			expect(await columnsOf(wh, 'rewards')).toEqual(want);
			// 30 × 91 × 12 × 1 (the tiny policy's standard and rate of a qualified unit)
			expect(await rows(wh, 'SELECT unit_id, grade, total_bonus FROM rewards')).toEqual([{ unit_id: 'A', grade: 'qualified', total_bonus: 32760 }]);
			// the ART index an older version made is gone (it slowed every commit: queries/import/stage/insert.sql)
			expect(await rows(wh, 'SELECT index_name FROM duckdb_indexes()')).toEqual([]);
			expect(await rows(wh, "SELECT count(*) AS n FROM kaohe_schema WHERE hash = 'an older schema'")).toEqual([{ n: 0 }]);
		} finally {
			wh.close();
		}
	});

	it('makes the macros of this version and drops one an older version made, then checks sound', async () => {
		// an older version: no vocabulary-based reward macros yet, rule 10's scales a table macro
		const file = await olderWarehouse(['DROP MACRO reward_base', 'DROP MACRO reward_rate', 'CREATE MACRO reward_scales() AS TABLE SELECT 2007 AS year']);
		const wh = await Warehouse.open(file);
		try {
			const names = await rows(
				wh,
				"SELECT function_name AS name FROM duckdb_functions() WHERE function_name IN ('reward_scales', 'reward_base', 'reward_rate', 'unit_grade_order') ORDER BY 1"
			);
			expect(names).toEqual([{ name: 'reward_base' }, { name: 'reward_rate' }, { name: 'unit_grade_order' }]);
			expect(await checkWarehouse(wh)).toMatchObject({ ok: true, problems: [] });
		} finally {
			wh.close();
		}
	});

	it('fills a derived table new in this version (the stored marks of 评议质量) for every year', async () => {
		const file = await olderWarehouse(['DROP TABLE quality_marks']);
		const wh = await Warehouse.open(file);
		try {
			const live = await liveMarks(wh, 2007);
			expect(Object.keys(live).length).toBeGreaterThan(0);
			expect(await marksOfYear(wh, 2007)).toEqual(live);
			expect((await checkWarehouse(wh)).problems).toEqual([]);
		} finally {
			wh.close();
		}
	});

	it('refuses a file whose input table changed, in Chinese with what differs, and changes nothing in it', async () => {
		const file = await olderWarehouse(['ALTER TABLE units ADD COLUMN district VARCHAR']);
		const before = readFileSync(file);
		const opened = Warehouse.open(file);
		await expect(opened).rejects.toThrow(WarehouseUnavailable);
		await expect(opened).rejects.toThrow(/表 units 的列应为 \(year INTEGER NOT NULL, .*staff BIGINT NOT NULL\)，实为 \(.*district VARCHAR\).*文件未作任何改动/);
		expect(readFileSync(file).equals(before)).toBe(true);
		// the refused file was closed: it opens again (read-only, which never migrates)
		const ro = await Warehouse.open(file, { readOnly: true });
		expect(await rows(ro, 'SELECT hash FROM kaohe_schema')).toEqual([{ hash: 'an older schema' }]);
		ro.close();
	});
});
