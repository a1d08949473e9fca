// Backup and restore: the sample warehouse round-trips through Parquet exactly (every table and
// view), the manifest tells the truth, and a restore refuses — leaving no target and no temporary
// file — a changed checksum, a tampered file, a wrong row count, a missing file, and a backup
// whose files were changed consistently (manifest updated) but whose results no longer follow
// from its input.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { backupWarehouse, BackupRefused, MANIFEST, restoreWarehouse, type Manifest } from '../../src/lib/warehouse/backup.js';
import { checkWarehouse } from '../../src/lib/warehouse/check.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { VIEWS, type ViewName } from '../../src/lib/warehouse/views.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { snapshot } from '../helpers/warehouse.js';
import { cli, copyWarehouse, smallWarehouse, viewRows, withWarehouse } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

const work = tempDir('backup-');
const source = join(work, 'source.duckdb');
const backup = join(work, 'backup');
let manifest: Manifest;
let targets = 0;

/** A path for a restored warehouse in a folder of its own, to see that nothing else is left there. */
function newTarget(): { dir: string; db: string } {
	const dir = join(work, `target${++targets}`);
	mkdirSync(dir);
	return { dir, db: join(dir, 'w.duckdb') };
}

/** A copy of the backup folder, changed by `change`. */
function changedBackup(change: (dir: string, m: Manifest) => void): string {
	const dir = join(work, `changed${++targets}`);
	cpSync(backup, dir, { recursive: true });
	const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
	change(dir, m);
	writeFileSync(join(dir, MANIFEST), JSON.stringify(m));
	return dir;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Restores `dir` to a new target, expects a refusal, and that the target folder stays empty. */
async function refused(dir: string): Promise<string> {
	const t = newTarget();
	const e = await restoreWarehouse(dir, t.db).then(
		() => undefined,
		(e: unknown) => e
	);
	expect(e).toBeInstanceOf(BackupRefused);
	expect(readdirSync(t.dir)).toEqual([]);
	const r = e as BackupRefused;
	return [r.message, ...r.problems].join('\n');
}

beforeAll(async () => {
	copyWarehouse(inject('sampleDb'), source);
	manifest = await withWarehouse(source, (wh) => backupWarehouse(wh, backup));
});

describe('backupWarehouse', () => {
	it('writes every table as Parquet with a manifest that tells its rows, bytes and SHA-256', async () => {
		const tables = await withWarehouse(source, async (wh) => {
			const names = await wh.all<{ name: string }>(
				`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND table_name <> 'kaohe_schema' ORDER BY 1`
			);
			const out: Record<string, number> = {};
			for (const { name } of names) out[name] = (await wh.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${name}"`))[0]!.n;
			return out;
		});
		const hash = await withWarehouse(source, async (wh) => (await wh.all<{ hash: string }>('SELECT hash FROM kaohe_schema'))[0]!.hash);

		expect(manifest).toMatchObject({ format: 'kaohe-backup', version: 1, schemaHash: hash, source, years: [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010] });
		expect(Date.now() - Date.parse(manifest.created)).toBeLessThan(10 * 60_000);
		expect(manifest.files.map((f) => f.table).sort()).toEqual(Object.keys(tables).sort());
		expect(Object.keys(tables)).toEqual(expect.arrayContaining(['years', 'units', 'cadre_ballots', 'policy_rules', 'unit_composite', 'alerts']));
		for (const f of manifest.files) {
			const path = join(backup, f.file);
			expect(f.file).toBe(`${f.table}.parquet`);
			expect(f.rows, f.table).toBe(tables[f.table]);
			expect(f.bytes).toBe(statSync(path).size);
			expect(f.sha256).toBe(sha256(path));
			expect(readFileSync(path).subarray(0, 4).toString()).toBe('PAR1');
		}
		expect(JSON.parse(readFileSync(join(backup, MANIFEST), 'utf8'))).toEqual(manifest);
		expect(readdirSync(backup).sort()).toEqual([MANIFEST, ...manifest.files.map((f) => f.file)].sort());
	});

	it('refuses a folder that is not empty', async () => {
		await expect(withWarehouse(source, (wh) => backupWarehouse(wh, backup))).rejects.toThrow(/不是空目录/);
	});
});

describe('restoreWarehouse', () => {
	it('brings the sample back exactly: it passes the check, and every table and view has the same rows', async () => {
		const t = newTarget();
		const r = await restoreWarehouse(backup, t.db);
		expect(r).toMatchObject({ path: t.db, years: manifest.years, tables: manifest.files.length, schemaChanged: false });
		expect(r.rows).toBe(manifest.files.reduce((n, f) => n + f.rows, 0));
		expect(readdirSync(t.dir)).toEqual(['w.duckdb']); // no temporary file, no WAL

		const restored = await Warehouse.open(t.db, { readOnly: true });
		const original = await Warehouse.open(source, { readOnly: true });
		try {
			expect(await checkWarehouse(restored)).toEqual({ ok: true, years: manifest.years, problems: [] });
			for (const view of Object.keys(VIEWS) as ViewName[]) {
				const rows = await viewRows(restored, view);
				expect(rows.length, view).toBeGreaterThan(2); // not an empty []
				expect(rows, view).toBe(await viewRows(original, view));
			}
			expect(await snapshot(restored)).toBe(await snapshot(original));
		} finally {
			restored.close();
			original.close();
		}
	});

	it('refuses a manifest whose checksum was changed, a tampered file, a wrong row count, a missing or extra file', async () => {
		const flip = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);
		expect(
			await refused(
				changedBackup((_, m) => {
					const f = m.files.find((x) => x.table === 'units')!;
					f.sha256 = flip(f.sha256);
				})
			)
		).toMatch(/未通过校验[\s\S]*文件 units\.parquet 的 SHA-256 校验和与清单不符/);

		expect(
			await refused(
				changedBackup((dir) => {
					// One byte in the middle of the file: same size, other content.
					const path = join(dir, 'cadre_ballots.parquet');
					const bytes = readFileSync(path);
					const middle = bytes.length >> 1;
					bytes[middle] = bytes[middle]! ^ 0xff;
					writeFileSync(path, bytes);
				})
			)
		).toMatch(/文件 cadre_ballots\.parquet 的 SHA-256 校验和与清单不符/);

		expect(
			await refused(
				changedBackup((_, m) => {
					m.files.find((x) => x.table === 'units')!.rows += 1;
				})
			)
		).toMatch(/文件 units\.parquet 有 \d+ 行，清单记为 \d+ 行/);

		expect(
			await refused(
				changedBackup((_, m) => {
					m.files = m.files.filter((f) => f.table !== 'alerts');
				})
			)
		).toMatch(/文件 alerts\.parquet 不在清单中/);

		expect(
			await refused(
				changedBackup((dir) => {
					writeFileSync(join(dir, 'units.parquet'), ''); // truncated
					rmSync(join(dir, 'vetoes.parquet'));
				})
			)
		).toMatch(/文件 units\.parquet 的大小为 0 字节，清单记为 \d+ 字节。\n缺少文件 vetoes\.parquet。/);

		const noManifest = join(work, 'empty-backup');
		mkdirSync(noManifest);
		expect(await refused(noManifest)).toMatch(/没有 manifest\.json/);
	});

	it('refuses a backup changed consistently (manifest updated) whose stored results no longer follow from its input', async () => {
		// A composite score raised in the Parquet file, and the manifest made to match the new file.
		const scratch = await Warehouse.open(':memory:');
		let dir: string;
		try {
			dir = changedBackup(() => undefined);
			const path = join(dir, 'unit_composite.parquet');
			const changed = join(work, 'unit_composite.changed.parquet');
			await scratch.all(
				`COPY (SELECT year, unit_id, CASE WHEN year = 2004 AND unit_id = (SELECT min(unit_id) FROM read_parquet('${path}') WHERE year = 2004)
				       THEN composite_score + 1 ELSE composite_score END AS composite_score
				       FROM read_parquet('${path}')) TO '${changed}' (FORMAT parquet)`
			);
			cpSync(changed, path);
			const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
			const f = m.files.find((x) => x.table === 'unit_composite')!;
			f.sha256 = sha256(path);
			f.bytes = statSync(path).size;
			writeFileSync(join(dir, MANIFEST), JSON.stringify(m));
		} finally {
			scratch.close();
		}
		expect(await refused(dir)).toMatch(/恢复出的数据仓库未通过核对[\s\S]*重新计算 2004 年度的 unit_composite 与存储的结果不同：1 行只在存储中，1 行只在重新计算中/);
	});

	it('refuses a file whose columns do not fit its table (as a backup of another schema might have)', async () => {
		const scratch = await Warehouse.open(':memory:');
		let dir: string;
		try {
			dir = changedBackup(() => undefined);
			const path = join(dir, 'units.parquet');
			const changed = join(work, 'units.changed.parquet');
			await scratch.all(`COPY (SELECT year, unit_id, name FROM read_parquet('${path}')) TO '${changed}' (FORMAT parquet)`);
			cpSync(changed, path);
			const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
			const f = m.files.find((x) => x.table === 'units')!;
			f.sha256 = sha256(path);
			f.bytes = statSync(path).size;
			writeFileSync(join(dir, MANIFEST), JSON.stringify(m));
		} finally {
			scratch.close();
		}
		expect(await refused(dir)).toMatch(/^无法把 units\.parquet 载入表 units：.*NOT NULL/);
	});

	it('refuses an existing target unless --force, leaving it as it was; with force it replaces it', async () => {
		const t = newTarget();
		const other = join(work, 'other.duckdb');
		await withWarehouse(other, async () => undefined, false); // an empty warehouse
		copyWarehouse(other, t.db);
		const before = readFileSync(t.db);
		await expect(restoreWarehouse(backup, t.db)).rejects.toThrow(/已存在：要覆盖请加 --force/);
		expect(readFileSync(t.db).equals(before)).toBe(true);
		expect(readdirSync(t.dir)).toEqual(['w.duckdb']);

		const r = await restoreWarehouse(backup, t.db, { force: true });
		expect(r.years).toEqual(manifest.years);
		expect(readdirSync(t.dir)).toEqual(['w.duckdb']);
		// (the restore checked it: only that it is the backup's, not the empty one, is left to see)
		expect(await withWarehouse(t.db, async (wh) => (await wh.all<{ year: number }>(query('backup/years'))).map((r) => r.year))).toEqual(manifest.years);

		// Not a warehouse at all: never overwritten, even with force.
		const notes = join(t.dir, 'notes.txt');
		writeFileSync(notes, 'my notes');
		await expect(restoreWarehouse(backup, notes, { force: true })).rejects.toThrow(/不是 DuckDB 数据仓库文件/);
		expect(readFileSync(notes, 'utf8')).toBe('my notes');
	});
});

describe('backup and restore on the command line', () => {
	it('backs up, restores, refuses an existing target (exit 1), a held one (exit 3) and a tampered backup (exit 1)', async () => {
		// two small years: the exit codes need no sample (the round trip of the sample is above)
		const small = await smallWarehouse(join(work, 'small.duckdb'));
		const out = join(work, 'cli-backup');
		const b = cli(['backup', '--out', out, '--db', small]);
		expect(b.err).toBe('');
		expect(b.out).toMatch(/^已备份 .*：2 个年度，\d+ 个表，\d+ 行 → /);
		expect(b.code).toBe(0);
		expect(existsSync(join(out, MANIFEST))).toBe(true);

		const t = newTarget();
		const r = cli(['restore', out, '--db', t.db]);
		expect(r.out).toMatch(/^已恢复 2 个年度（2006、2007），\d+ 个表，\d+ 行，已通过核对 → /);
		expect(r.code).toBe(0);
		expect(readdirSync(t.dir)).toEqual(['w.duckdb']);

		const again = cli(['restore', out, '--db', t.db]);
		expect(again.code).toBe(1);
		expect(again.err).toMatch(/已存在：要覆盖请加 --force/);

		// While another process (here this one, read-only, as the site) holds the target, even
		// --force refuses, with exit 3, and the target stays as it was. (Not a byte of the file
		// is read while it is held: closing any descriptor of a file drops the process's POSIX
		// locks on it, DuckDB's included.)
		const before = readFileSync(t.db);
		const held = await Warehouse.open(t.db, { readOnly: true });
		let r3: ReturnType<typeof cli>;
		try {
			r3 = cli(['restore', out, '--db', t.db, '--force']);
		} finally {
			held.close();
		}
		expect(r3.err).toMatch(/无法打开数据仓库 .*另一个进程/);
		expect(r3.code).toBe(3);
		expect(readFileSync(t.db).equals(before)).toBe(true);
		expect(readdirSync(t.dir)).toEqual(['w.duckdb']);

		const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as Manifest;
		m.files[0]!.sha256 = '0'.repeat(64);
		writeFileSync(join(out, MANIFEST), JSON.stringify(m));
		const t2 = newTarget();
		const bad = cli(['restore', out, '--db', t2.db]);
		expect(bad.code).toBe(1);
		expect(bad.err).toMatch(/未通过校验，未做恢复，目标未改动。\n文件 \w+\.parquet 的 SHA-256 校验和与清单不符/);
		expect(readdirSync(t2.dir)).toEqual([]);
	});
});
