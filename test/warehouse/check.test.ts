// checkWarehouse and `check`: a sound warehouse passes and the check writes nothing; a copy of the
// sample damaged on purpose (a stored score changed, derived rows lost, orphan rows, a year half
// there, a bad policy, a stale or broken schema) is caught, each damage by its own sentence.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkWarehouse, derivedTables } from '../../src/lib/warehouse/check.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { importInto } from '../helpers/warehouse.js';
import { unitsBundle } from '../helpers/bundle.js';
import { cli, copyWarehouse, smallWarehouse, withWarehouse } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

const work = tempDir('check-');
const sampleYears = Array.from({ length: 10 }, (_, i) => 2001 + i);
let copies = 0;

/** A copy of the sample warehouse with `sql` run on it (read-write), closed again. */
async function damaged(...sql: string[]): Promise<string> {
	const path = copyWarehouse(inject('sampleDb'), join(work, `w${++copies}.duckdb`));
	await withWarehouse(
		path,
		async (wh) => {
			for (const s of sql) await wh.all(s);
		},
		false
	);
	return path;
}

const check = (path: string) => withWarehouse(path, checkWarehouse);

describe('checkWarehouse', () => {
	it('passes the sample warehouse, read-only, and writes nothing even on a read-write open', async () => {
		const path = await damaged();
		const report = await check(path);
		expect(report).toEqual({ ok: true, years: sampleYears, problems: [] });

		const before = readFileSync(path);
		expect((await withWarehouse(path, checkWarehouse, false)).ok).toBe(true);
		expect(readFileSync(path).equals(before)).toBe(true);
	});

	it('passes an empty warehouse and a small one in memory', async () => {
		const wh = await Warehouse.open(':memory:');
		try {
			expect(await checkWarehouse(wh)).toEqual({ ok: true, years: [], problems: [] });
			await importInto(wh, unitsBundle(2007, [{ id: 'A', group: 'D1', points: [58, 38] }, { id: 'T', group: 'T1', points: [60, 30] }]));
			expect(await checkWarehouse(wh)).toEqual({ ok: true, years: [2007], problems: [] });
			// The check's temporary tables are gone: the stored rows are the real ones.
			expect(await wh.all('SELECT count(*)::INTEGER AS n FROM unit_target')).toEqual([{ n: 2 }]);
			expect(await wh.all("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE temporary")).toEqual([{ n: 0 }]);
		} finally {
			wh.close();
		}
	});

	it('finds each damage of the stored rows and names it, and nothing else', async () => {
		const path = await damaged(
			// A stored composite score no longer what the rules give.
			`UPDATE unit_composite SET composite_score = composite_score + 0.01
			 WHERE year = 2005 AND unit_id = (SELECT min(unit_id) FROM unit_composite WHERE year = 2005)`,
			// Derived rows lost: the alerts of the year that has the most.
			`DELETE FROM alerts WHERE year = (SELECT year FROM alerts GROUP BY year ORDER BY count(*) DESC, year LIMIT 1)`,
			// Orphans: rows of a year never imported, and a year whose `years` row is gone (as a
			// half-done import that wrote rows but not the year would leave).
			`INSERT INTO units SELECT 1999, unit_id, name, group_id, template, staff FROM units WHERE year = 2001 ORDER BY unit_id LIMIT 3`,
			`DELETE FROM years WHERE year = 2010`,
			// A year with its policy but no rows.
			`INSERT INTO years (year, policy_id, policy_json, policy_source, checksum)
			 SELECT 2012, policy_id, policy_json, policy_source, 'none' FROM years WHERE year = 2009`,
			// Policies: one invalid, one not JSON.
			`UPDATE years SET policy_json = '{"id": "qianjiang-2001", "name": "x"}' WHERE year = 2002`,
			`UPDATE years SET policy_json = 'not json' WHERE year = 2003`
		);
		const alertYear = await withWarehouse(inject('sampleDb'), async (wh) => {
			const [r] = await wh.all<{ year: number }>('SELECT year FROM alerts GROUP BY year ORDER BY count(*) DESC, year LIMIT 1');
			return r!.year;
		});
		const report = await check(path);
		expect(report.ok).toBe(false);
		expect(report.years).toEqual([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2012]);

		const expected: RegExp[] = [
			/^重新计算 2005 年度的 unit_composite 与存储的结果不同：1 行只在存储中，1 行只在重新计算中。$/,
			new RegExp(`^重新计算 ${alertYear} 年度的 alerts 与存储的结果不同：0 行只在存储中，[1-9]\\d* 行只在重新计算中。$`),
			/^表 units 有 3 行属于 1999 年度，但 years 中没有该年度/,
			/^表 \w+ 有 \d+ 行属于 2010 年度，但 years 中没有该年度/,
			/^2012 年度不完整：policy_rules、policy_groups、policy_templates、policy_items、policy_aspects、units、cadres、target_scores、team_ballots、cadre_ballots 中没有该年度的行。$/,
			/^2002 年度的政策无效：/,
			/^2003 年度的政策（years\.policy_json）不是有效的 JSON/
		];
		for (const re of expected) expect(report.problems.some((p) => re.test(p)), `${re} in\n${report.problems.join('\n')}`).toBe(true);
		for (const p of report.problems) expect(expected.some((re) => re.test(p)), `unexpected problem: ${p}`).toBe(true);
		// Every table of the year 2010 is named, the input and the derived ones.
		for (const t of ['units', 'cadre_ballots', 'policy_rules', 'unit_composite', 'alerts'])
			expect(report.problems.some((p) => p.startsWith(`表 ${t} 有 `) && p.includes('2010 年度'))).toBe(true);
	});

	it('finds a stale schema hash, and a missing view or changed column (then checks no further)', async () => {
		const stale = await check(await damaged(`UPDATE kaohe_schema SET hash = 'an-older-schema'`));
		expect(stale.problems).toEqual([expect.stringMatching(/^数据仓库的结构版本（an-older-sch）不是当前程序的版本/)]);
		// a macro an older version made (rule 10's per-year scales before reward_scale) is named
		const leftover = await check(await damaged('CREATE MACRO reward_scales() AS TABLE SELECT 2001 AS year'));
		expect(leftover.problems).toEqual(['宏 reward_scales 不属于当前的 queries/schema/（较早版本留下的）：需要以读写方式打开一次以迁移。']);

		const broken = await check(
			await damaged('DROP VIEW cadre_results', 'ALTER TABLE satisfaction ALTER mean_team_democratic_score TYPE DOUBLE')
		);
		expect(broken.ok).toBe(false);
		expect(broken.problems).toEqual([
			'缺少视图 cadre_results。',
			expect.stringMatching(/^表 satisfaction 的列与当前结构不同：应为 \(.*mean_team_democratic_score DECIMAL\(18,2\).*\)，实为 \(.*mean_team_democratic_score DOUBLE.*\)。$/),
			// the view that reads the missing one cannot be read either
			expect.stringMatching(/^无法读取视图 use_figures：.*cadre_results/),
			'数据仓库的结构不完整，未做年度、孤立行和重新计算的核对。'
		]);
	});

	it('names an index an older version made (it slows every import), and checks everything else all the same', async () => {
		const report = await check(await damaged('CREATE INDEX cadres_by_unit ON cadres (unit_id)'));
		expect(report.ok).toBe(false);
		expect(report.years).toEqual(sampleYears);
		expect(report.problems).toEqual(['索引 cadres_by_unit（表 cadres）不属于当前结构（较早版本留下的），会拖慢每次导入：需要以读写方式打开一次以迁移。']);
	});

	it('lists every table keyed by year in orphan_rows.sql and every derived table in recompute_differs.sql', async () => {
		const wh = await Warehouse.open(':memory:');
		try {
			const keyed = await wh.all<{ name: string }>(
				`SELECT c.table_name AS name FROM duckdb_columns() c JOIN duckdb_tables() t USING (database_name, schema_name, table_name)
				 WHERE c.database_name = current_database() AND c.column_name = 'year' AND c.table_name <> 'years' ORDER BY 1`
			);
			expect(keyed.length).toBeGreaterThan(30);
			const orphans = query('checks/orphan_rows');
			for (const { name } of keyed) expect(orphans, name).toMatch(new RegExp(`FROM ${name}\\b`));
			const derived = await derivedTables();
			expect(derived).toContain('unit_composite');
			expect(derived).not.toContain('units');
			const differs = query('checks/recompute_differs');
			for (const t of derived) {
				expect(differs, t).toMatch(new RegExp(`FROM kaohe_stored_${t} WHERE`));
				expect(differs, t).toMatch(new RegExp(`SELECT \\* FROM ${t} EXCEPT ALL`));
			}
		} finally {
			wh.close();
		}
	});
});

describe('the check command', () => {
	const small = (...sql: string[]) => smallWarehouse(join(work, `small${++copies}.duckdb`), ...sql);

	it('exits 0 on a sound warehouse, 1 with one problem a line on a damaged one, 3 when it cannot open', async () => {
		const ok = cli(['check', '--db', await small()]);
		expect(ok.err).toBe('');
		expect(ok.out).toMatch(/^数据仓库完好：2 个年度（2006、2007）→ /);
		expect(ok.code).toBe(0);

		const bad = cli(['check', '--db', await small(`UPDATE unit_composite SET composite_score = 0 WHERE year = 2006`)]);
		expect(bad.code).toBe(1);
		expect(bad.err.trim().split('\n')).toEqual([
			expect.stringMatching(/^重新计算 2006 年度的 unit_composite 与存储的结果不同：\d+ 行只在存储中，\d+ 行只在重新计算中。$/),
			expect.stringMatching(/未通过核对：1 个问题。$/)
		]);

		const notDb = join(work, 'not.duckdb');
		writeFileSync(notDb, 'this is not a database');
		const r = cli(['check', '--db', notDb]);
		expect(r.code).toBe(3);
		expect(r.err).toMatch(/无法打开数据仓库/);
		expect(cli(['check', '--db', join(work, 'missing.duckdb')]).code).toBe(3);
	});
});
