// Backups: every stored table as one Parquet file, with manifest.json (format version, when,
// from where, schema hash, and per file its table, rows, bytes and SHA-256; the years held).
// A restore verifies all of that before it builds anything, builds the new warehouse in a
// temporary file beside the target, loads the tables, checks the result (checkWarehouse: the
// rules recomputed must give the stored results) and only then renames it into place, so the
// target is either untouched or wholly the backup.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, fsyncSync, linkSync, mkdirSync, openSync, closeSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { version as duckdbVersion } from '@duckdb/node-api';
import { z } from 'zod';
import { Warehouse, WarehouseUnavailable } from './db.js';
import { checkWarehouse } from './check.js';
import { query } from './queries.js';
import { Refused } from '../failures.js';

export const MANIFEST = 'manifest.json';
export const BACKUP_FORMAT = 'kaohe-backup';
export const BACKUP_VERSION = 1;

const fileSchema = z.object({
	file: z.string().regex(/^[A-Za-z0-9_]+\.parquet$/),
	table: z.string().regex(/^[A-Za-z0-9_]+$/),
	rows: z.number().int().nonnegative(),
	bytes: z.number().int().nonnegative(),
	sha256: z.string().regex(/^[0-9a-f]{64}$/)
});

const manifestSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.literal(BACKUP_VERSION),
	created: z.string(),
	source: z.string(),
	schemaHash: z.string(),
	duckdb: z.string(),
	years: z.array(z.number().int()),
	files: z.array(fileSchema)
});

export type BackupFile = z.infer<typeof fileSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** A backup or restore refused: the message says why, in Chinese; `problems` lists each one. */
export class BackupRefused extends Refused {
	constructor(
		message: string,
		readonly problems: string[] = []
	) {
		super(message, problems);
	}
}

/** A SQL string literal. Only for a file path: COPY takes no parameters. */
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

async function sha256(path: string): Promise<string> {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
	return hash.digest('hex');
}

/** Flushes a file (or a folder's entries) to the disk. */
function fsyncPath(path: string): void {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/**
 * Writes every table of the warehouse as `<table>.parquet` into `dir` (which must be empty or not
 * exist), then manifest.json last: a folder without a manifest is not a backup. All tables are
 * read in one transaction, so the backup is one consistent state even while the site reads.
 */
export async function backupWarehouse(wh: Warehouse, dir: string): Promise<Manifest> {
	if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0))
		throw new BackupRefused(`备份目录 ${dir} 已存在且不是空目录：请指定一个新的目录。`);
	mkdirSync(dir, { recursive: true });
	const written: string[] = [];
	try {
		const c = await wh.connect();
		let tables: string[];
		let years: number[];
		let schemaHash: string;
		const rows = new Map<string, number>();
		try {
			await c.run('BEGIN TRANSACTION');
			try {
				const hashRow = await c
					.runAndReadAll(query('checks/schema_hash'))
					.then((r) => r.getRowObjectsJS()[0]?.hash)
					.catch(() => undefined);
				if (typeof hashRow !== 'string') throw new BackupRefused(`${wh.path} 不是 kaohe 数据仓库（没有 kaohe_schema 表）。`);
				schemaHash = hashRow;
				tables = (await c.runAndReadAll(query('backup/tables'))).getRowObjectsJS().map((r) => String(r.name));
				years = (await c.runAndReadAll(query('backup/years'))).getRowObjectsJS().map((r) => Number(r.year));
				for (const t of tables) {
					if (!/^[A-Za-z0-9_]+$/.test(t)) throw new BackupRefused(`表名 ${t} 不能用作文件名。`);
					const out = join(dir, `${t}.parquet`);
					written.push(out);
					const r = await c.run(`COPY ${ident(t)} TO ${literal(out)} (FORMAT parquet, COMPRESSION zstd)`);
					rows.set(t, Number(r.rowsChanged));
				}
			} finally {
				await c.run('ROLLBACK'); // it only read
			}
		} finally {
			c.closeSync();
		}
		const files: BackupFile[] = [];
		for (const t of tables) {
			const path = join(dir, `${t}.parquet`);
			fsyncPath(path);
			files.push({ file: `${t}.parquet`, table: t, rows: rows.get(t)!, bytes: statSync(path).size, sha256: await sha256(path) });
		}
		const manifest: Manifest = {
			format: BACKUP_FORMAT,
			version: BACKUP_VERSION,
			created: new Date().toISOString(),
			source: wh.path === ':memory:' ? wh.path : resolve(wh.path),
			schemaHash,
			duckdb: duckdbVersion(),
			years,
			files
		};
		const tmp = join(dir, `${MANIFEST}.tmp`);
		written.push(tmp);
		writeFileSync(tmp, JSON.stringify(manifest, null, '\t') + '\n');
		fsyncPath(tmp);
		renameSync(tmp, join(dir, MANIFEST));
		fsyncPath(dir);
		return manifest;
	} catch (e) {
		for (const f of written) rmSync(f, { force: true });
		throw e;
	}
}

/** Reads and verifies a backup folder: the manifest, then each file's size, SHA-256. */
export async function verifyBackup(dir: string): Promise<Manifest> {
	const path = join(dir, MANIFEST);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new BackupRefused(`${dir} 中没有 ${MANIFEST}：不是 kaohe 备份，或备份没有完成。`);
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (e) {
		throw new BackupRefused(`${path} 不是有效的 JSON：${(e as Error).message}`);
	}
	const m = manifestSchema.safeParse(parsed);
	if (!m.success) {
		const problems = m.error.issues.map((i) => `${path}: ${i.path.join('.') || '(manifest)'}: ${i.message}`);
		throw new BackupRefused(`${path} 不是本程序能读的备份清单（格式 ${BACKUP_FORMAT} 第 ${BACKUP_VERSION} 版）。`, problems);
	}
	const manifest = m.data;
	const problems: string[] = [];
	const tables = new Set<string>();
	for (const f of manifest.files) {
		if (tables.has(f.table)) problems.push(`清单中表 ${f.table} 出现了两次。`);
		tables.add(f.table);
		const file = join(dir, f.file);
		if (!existsSync(file)) {
			problems.push(`缺少文件 ${f.file}。`);
			continue;
		}
		const bytes = statSync(file).size;
		if (bytes !== f.bytes) problems.push(`文件 ${f.file} 的大小为 ${bytes} 字节，清单记为 ${f.bytes} 字节。`);
		else if ((await sha256(file)) !== f.sha256) problems.push(`文件 ${f.file} 的 SHA-256 校验和与清单不符：文件已损坏或被改动。`);
	}
	const listed = new Set(manifest.files.map((f) => f.file));
	for (const name of readdirSync(dir))
		if (name.endsWith('.parquet') && !listed.has(name)) problems.push(`文件 ${name} 不在清单中。`);
	if (problems.length) throw new BackupRefused(`备份 ${dir} 未通过校验，未做恢复，目标未改动。`, problems);
	return manifest;
}

export interface RestoreResult {
	path: string;
	years: number[];
	tables: number;
	rows: number;
	/** The backup was made under another schema version (the check passed all the same). */
	schemaChanged: boolean;
}

/** Whether a file starts like a DuckDB database (the magic "DUCK" at byte 8). */
function looksLikeDuckDb(path: string): boolean {
	const fd = openSync(path, 'r');
	try {
		const head = Buffer.alloc(12);
		return readSync(fd, head, 0, 12, 0) === 12 && head.subarray(8, 12).toString('latin1') === 'DUCK';
	} finally {
		closeSync(fd);
	}
}

/**
 * Restores a backup into `dbPath`. Refuses (BackupRefused, the target untouched) when the manifest
 * or a file does not verify, when the restored warehouse fails its check, or when the target
 * exists and `force` is not given. With `force`, an existing target is replaced, unless another
 * process holds it (WarehouseUnavailable) or it is not a DuckDB file at all.
 */
export async function restoreWarehouse(dir: string, dbPath: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
	const target = resolve(dbPath);
	if (/[*?[]/.test(resolve(dir)))
		throw new BackupRefused(`备份目录的路径 ${dir} 含有 * ? [ 字符，DuckDB 读取时会当作通配符：请把目录改名后再恢复。`);
	if (existsSync(target) && !options.force) throw new BackupRefused(`目标 ${target} 已存在：要覆盖请加 --force。`);
	if (existsSync(target) && statSync(target).size > 0 && !looksLikeDuckDb(target))
		throw new BackupRefused(`目标 ${target} 不是 DuckDB 数据仓库文件，不予覆盖：请检查路径。`);

	// 1. The manifest and every file's size and checksum, before anything is created.
	const manifest = await verifyBackup(dir);

	// 2. A new warehouse beside the target (same file system, so the final rename is atomic).
	mkdirSync(dirname(target), { recursive: true });
	const tmp = join(dirname(target), `.${basename(target)}.restore-${process.pid}-${randomBytes(4).toString('hex')}`);
	const cleanup = () => {
		rmSync(tmp, { force: true });
		rmSync(`${tmp}.wal`, { force: true });
	};
	let rows = 0;
	let schemaChanged = false;
	try {
		const wh = await Warehouse.open(tmp);
		try {
			const problems: string[] = [];
			const file = (f: BackupFile) => resolve(dir, f.file);
			// 3. The row counts of the files, read from their footers, against the manifest.
			for (const f of manifest.files) {
				try {
					const [r] = await wh.all<{ n: bigint | null }>(query('backup/parquet_rows'), { file: file(f) });
					const n = Number(r?.n ?? 0);
					if (n !== f.rows) problems.push(`文件 ${f.file} 有 ${n} 行，清单记为 ${f.rows} 行。`);
				} catch (e) {
					problems.push(`文件 ${f.file} 不是可读的 Parquet 文件：${(e as Error).message.split('\n')[0]}`);
				}
			}
			const tables = new Set((await wh.all<{ name: string }>(query('backup/tables'))).map((r) => r.name));
			const inBackup = new Set(manifest.files.map((f) => f.table));
			for (const t of inBackup) if (!tables.has(t)) problems.push(`备份中的表 ${t} 不在当前的数据仓库结构中。`);
			for (const t of tables) if (!inBackup.has(t)) problems.push(`备份缺少表 ${t}。`);
			if (problems.length) throw new BackupRefused(`备份 ${dir} 未通过校验，未做恢复，目标未改动。`, problems);

			// 4. Load every table in one transaction.
			await wh.transaction(async (c) => {
				for (const f of manifest.files) {
					const r = await c
						.run(`INSERT INTO ${ident(f.table)} BY NAME SELECT * FROM read_parquet($file)`, { file: file(f) })
						.catch((e: Error) => {
							// e.g. a backup of another schema version whose columns do not fit
							throw new BackupRefused(`无法把 ${f.file} 载入表 ${f.table}：${e.message.split('\n')[0]}`);
						});
					if (Number(r.rowsChanged) !== f.rows)
						throw new BackupRefused(`载入表 ${f.table} 得到 ${r.rowsChanged} 行，清单记为 ${f.rows} 行。`);
					rows += f.rows;
				}
			});

			// 5. The restored warehouse must pass the check and hold the years of the manifest.
			const report = await checkWarehouse(wh);
			if (!report.ok) throw new BackupRefused(`恢复出的数据仓库未通过核对，未做恢复，目标未改动。`, report.problems);
			if (report.years.join(',') !== manifest.years.join(','))
				throw new BackupRefused(`恢复出的年度（${report.years.join('、')}）与清单（${manifest.years.join('、')}）不符。`);
			const [hashRow] = await wh.all<{ hash: string }>(query('checks/schema_hash'));
			schemaChanged = hashRow?.hash !== manifest.schemaHash;
			// Everything into the file itself: the rename below moves the file, not its WAL.
			await wh.all('CHECKPOINT');
		} finally {
			wh.close();
		}
		if (existsSync(`${tmp}.wal`) && statSync(`${tmp}.wal`).size > 0)
			throw new Error(`恢复的数据仓库 ${tmp} 关闭后仍有未写入的日志（.wal），未做恢复。`);
		rmSync(`${tmp}.wal`, { force: true });
		fsyncPath(tmp);

		// 6. Into place, atomically.
		await place(tmp, target, options.force === true);
	} catch (e) {
		cleanup();
		throw e;
	}
	fsyncPath(dirname(target));
	return { path: target, years: manifest.years, tables: manifest.files.length, rows, schemaChanged };
}

/**
 * Refuses (WarehouseUnavailable) when another process holds the target — the site or an import:
 * opening it for writing fails then. Otherwise the open folds the target's WAL into it and the
 * close removes it. A target that cannot be opened for another reason (damaged) is left to be
 * replaced: that is what --force is for.
 */
async function notHeld(target: string): Promise<void> {
	if (!existsSync(target)) return;
	try {
		(await Warehouse.open(target)).close();
	} catch (e) {
		if (!(e instanceof WarehouseUnavailable) || /另一个进程|lock/i.test(e.message)) throw e;
	}
}

/** Moves the finished warehouse `tmp` to `target`: never over an existing file unless `force`. */
async function place(tmp: string, target: string, force: boolean): Promise<void> {
	if (force) await notHeld(target);
	// A WAL left beside the target (of a damaged or removed file) would be replayed into the
	// restored one.
	if (force || !existsSync(target)) rmSync(`${target}.wal`, { force: true });
	if (force) {
		renameSync(tmp, target);
		return;
	}
	try {
		linkSync(tmp, target); // fails if the target appeared meanwhile: never overwrites
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') throw new BackupRefused(`目标 ${target} 已存在：要覆盖请加 --force。`);
		if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
		// A file system without hard links: check, then rename.
		if (existsSync(target)) throw new BackupRefused(`目标 ${target} 已存在：要覆盖请加 --force。`);
		renameSync(tmp, target);
		return;
	}
	rmSync(tmp);
}
