// The one module that owns the DuckDB warehouse: opening the file, connections, transactions.
// Everything else asks it. One DuckDB instance per process and file (two instances on one file do
// not see each other's writes); DuckDB lets one process hold a file read-write, and while it does
// no other process can open it at all.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { query } from './queries.js';
import { resultToArrow } from './arrow.js';
import { migrateSchema, schemaParts, SchemaMismatch } from './migrate.js';
import { rowsOn, type QueryArgs, type QueryName, type QueryRow } from './typed.js';
import { Unavailable } from '../failures.js';

export { defaultDbPath } from './location.js';

/** The warehouse cannot be opened or written (exit status 3 on the command line). */
export class WarehouseUnavailable extends Unavailable {}

export type Row = Record<string, unknown>;

export class Warehouse {
	private constructor(
		private readonly instance: DuckDBInstance,
		readonly path: string,
		readonly readOnly: boolean
	) {}

	/**
	 * Opens (and for writing, creates and migrates) a warehouse; `:memory:` for a throwaway one.
	 * `tablesOnly`: the stored tables without macros and views (a bundle's staging file).
	 */
	static async open(path: string, options: { readOnly?: boolean; tablesOnly?: boolean } = {}): Promise<Warehouse> {
		const readOnly = options.readOnly ?? false;
		if (path !== ':memory:' && !readOnly) mkdirSync(dirname(path), { recursive: true });
		let instance: DuckDBInstance;
		try {
			instance = await DuckDBInstance.create(path, {
				access_mode: readOnly ? 'READ_ONLY' : 'READ_WRITE',
				// Extensions that are not built in would be downloaded: never try.
				autoinstall_known_extensions: 'false',
				autoload_known_extensions: 'false',
				// Every table is keyed by (year, id), so all joins share the year column; DuckDB's
				// join-order optimizer then paired tables on the year alone (10⁴ units × 10⁵ cadres,
				// 13 s for one rule on a large district). The SQL in queries/ is written in a good
				// join order, so keep it as written.
				disabled_optimizers: 'join_order'
			});
		} catch (e) {
			throw new WarehouseUnavailable(explainOpenError(path, e as Error));
		}
		const wh = new Warehouse(instance, path, readOnly);
		if (!readOnly)
			await wh.migrate(options.tablesOnly ? ['schema/tables'] : schemaParts()).catch((e: unknown) => {
				wh.close(); // a refused file is not held open (nor locked)
				throw e;
			});
		return wh;
	}

	/**
	 * Creates or updates the tables, macros and views when the schema SQL has changed since the
	 * file was last opened (its hash is kept in kaohe_schema): migrate.ts rebuilds a derived table
	 * whose columns changed and refuses a file whose input tables changed. Opening an up-to-date
	 * warehouse writes nothing, so a rejected import leaves the file byte for byte as it was.
	 */
	private async migrate(parts: string[]): Promise<void> {
		const hash = schemaHash(parts);
		const c = await this.connect();
		try {
			if ((await storedHash(c)) === hash) return;
			await c.run('BEGIN TRANSACTION');
			try {
				await migrateSchema(c, this.path, parts);
				await c.run('CREATE OR REPLACE TABLE kaohe_schema AS SELECT $hash AS hash', { hash });
				await c.run('COMMIT');
			} catch (e) {
				await c.run('ROLLBACK').catch(() => {});
				throw e instanceof SchemaMismatch ? new WarehouseUnavailable(e.message) : e;
			}
		} finally {
			c.closeSync();
		}
	}

	/**
	 * Whether the file has this version's schema (the hash the last migration stored). A read-only
	 * open never migrates, and the queries of this version fail on an older schema (a macro or
	 * column it lacks): the site refuses such a file (site-warehouse.ts); `check` reports it.
	 */
	async schemaIsCurrent(): Promise<boolean> {
		const c = await this.connect();
		try {
			return (await storedHash(c)) === schemaHash();
		} finally {
			c.closeSync();
		}
	}

	async connect(): Promise<DuckDBConnection> {
		return this.instance.connect();
	}

	/** Runs a read query on a connection of its own and returns plain JS rows. */
	async all<T = Row>(sql: string, params?: Record<string, DuckDBValue> | DuckDBValue[]): Promise<T[]> {
		const c = await this.connect();
		try {
			const reader = await c.runAndReadAll(sql, params);
			return reader.getRowObjectsJS() as T[];
		} finally {
			c.closeSync();
		}
	}

	/** Runs a query of queries/ by name on a connection of its own: typed rows (src/lib/warehouse/typed.ts). */
	async rows<N extends QueryName>(name: N, ...params: QueryArgs<N>): Promise<QueryRow<N>[]> {
		const c = await this.connect();
		try {
			return await rowsOn(c, name, ...params);
		} finally {
			c.closeSync();
		}
	}

	/** Runs a read query on a connection of its own and returns its result as Arrow IPC bytes. */
	async arrow(sql: string, params?: Record<string, DuckDBValue> | DuckDBValue[]): Promise<Uint8Array<ArrayBuffer>> {
		const c = await this.connect();
		try {
			return await resultToArrow(await c.run(sql, params));
		} finally {
			c.closeSync();
		}
	}

	/** Runs `fn` in one transaction on one connection: committed if it returns, rolled back if it throws. */
	async transaction<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
		const c = await this.connect();
		try {
			await c.run('BEGIN TRANSACTION');
			let result: T;
			try {
				result = await fn(c);
			} catch (e) {
				await c.run('ROLLBACK');
				throw e;
			}
			try {
				await c.run('COMMIT');
			} catch (e) {
				throw new WarehouseUnavailable(`无法写入数据仓库 ${this.path}：${(e as Error).message}`);
			}
			return result;
		} finally {
			c.closeSync();
		}
	}

	close(): void {
		this.instance.closeSync();
	}
}

/** Schema hashes by the parts hashed (all of them, or a staging file's tables only). */
const hashes = new Map<string, string>();

/** The hash of this version's schema SQL (queries/schema, queries/views), kept in kaohe_schema by a migration. */
function schemaHash(parts: string[] = schemaParts()): string {
	const key = parts.join('\n');
	let hash = hashes.get(key);
	if (!hash) hashes.set(key, (hash = createHash('sha256').update(parts.map(query).join('\n')).digest('hex')));
	return hash;
}

/** The schema hash the file holds; undefined when it has none (never opened read-write). */
function storedHash(c: DuckDBConnection): Promise<string | undefined> {
	return c
		.runAndReadAll(query('checks/schema_hash'))
		.then((r) => r.getRowObjectsJS()[0]?.hash as string | undefined)
		.catch(() => undefined);
}

function explainOpenError(path: string, e: Error): string {
	if (/lock/i.test(e.message))
		return `无法打开数据仓库 ${path}：另一个进程（例如正在运行的网站）占用了它。请先停止该进程。(${e.message.split('\n')[0]})`;
	return `无法打开数据仓库 ${path}：${e.message.split('\n')[0]}`;
}
