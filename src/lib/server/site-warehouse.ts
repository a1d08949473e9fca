// The site's warehouse: one Warehouse per server process, opened on first use from
// defaultDbPath() (KAOHE_DB, else data/warehouse.duckdb). Read-write, so analysts can import from
// the browser; while the site holds it, a command-line import cannot open it (the CLI says so).
// KAOHE_READONLY=1 opens it read-only instead: several site processes may then share one file
// (the tests do), and imports from the browser are refused; a file of an older schema, which
// only a read-write open migrates, is refused (`npm run cli -- migrate` upgrades it). If opening
// fails, the page is a 503 that says why, and the next request tries again.
import { existsSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { Warehouse, WarehouseUnavailable, defaultDbPath } from '$lib/warehouse/db';

let opening: Promise<Warehouse> | undefined;

/** Whether this site only reads its warehouse (KAOHE_READONLY=1). */
export const READ_ONLY = process.env.KAOHE_READONLY === '1';

/** The site's warehouse; throws a 503 HttpError when it cannot be opened. */
export function siteWarehouse(): Promise<Warehouse> {
	opening ??= open().catch((e: unknown) => {
		opening = undefined; // retry on the next request (e.g. once an import has finished)
		throw e;
	});
	return opening;
}

async function open(): Promise<Warehouse> {
	const path = defaultDbPath();
	if (!existsSync(path))
		error(503, {
			message: `找不到数据仓库文件 ${path}。请先导入年度数据包（npm run cli -- import 数据包 --db 文件），或用环境变量 KAOHE_DB 指定数据仓库文件。`
		});
	let wh: Warehouse;
	try {
		wh = await Warehouse.open(path, { readOnly: READ_ONLY });
	} catch (e) {
		if (e instanceof WarehouseUnavailable) error(503, { message: e.message });
		throw e;
	}
	// A read-only open creates nothing, and a read-write one may have created an empty file: make
	// sure it is a kaohe warehouse.
	const [{ ok } = { ok: false }] = await wh.rows('site/is_warehouse');
	if (!ok) {
		wh.close();
		error(503, {
			message: `${path} 不是考核数据仓库（缺少数据表和视图）。请用 npm run cli -- import 导入年度数据包来创建它。`
		});
	}
	// A read-only site cannot migrate a file an older version made, and this version's queries
	// would fail on it (a macro or column it lacks) page by page: refuse it, saying how to upgrade.
	if (READ_ONLY && !(await wh.schemaIsCurrent())) {
		wh.close();
		error(503, { message: staleMessage(path) });
	}
	return wh;
}

/** Why a read-only site refuses a warehouse of an older schema, and the command that upgrades it. */
export const staleMessage = (path: string) =>
	`数据仓库 ${path} 的结构由较早版本的程序建立，与当前版本不同；只读方式（KAOHE_READONLY=1）无法迁移，网站不提供服务。` +
	`请先停止使用该文件的所有进程，运行 npm run cli -- migrate --db ${path} 迁移它（或以读写方式启动网站一次），再重新启动网站。`;

/** At start-up: opens the warehouse once, so a file it refuses is said on stderr before any request. */
export async function openAtStart(): Promise<void> {
	await siteWarehouse().catch((e: unknown) => {
		const message = (e as { body?: { message?: string } })?.body?.message ?? String((e as Error)?.message ?? e);
		process.stderr.write(`kaohe: ${message}\n`);
	});
}

/** Closes the warehouse, if open (tests, shutdown). */
export async function closeSiteWarehouse(): Promise<void> {
	const current = opening;
	opening = undefined;
	if (current) (await current.catch(() => undefined))?.close();
}
