// The command line of CONTRACT.md: `npm run --silent cli -- <command>`.
// Exit status: 0 success, 1 input rejected (warehouse unchanged), 2 usage error,
// 3 warehouse cannot be opened or written (src/lib/failures.ts).
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DuckDBConnection } from '@duckdb/node-api';
import { BundleRejected, boundedWarnings, formatProblem } from '../lib/bundle/problems.js';
import { Refused, Unavailable } from '../lib/failures.js';
import { VIEWS, isView } from '../lib/warehouse/views.js';
import { defaultDbPath } from '../lib/warehouse/location.js';
import { audit } from '../lib/audit/log.js';
import { UserUsage, cliActor } from './user.js';

// Each command loads what it needs when it runs (DuckDB, Chromium, exceljs take seconds to load):
// `user list` need not wait for them.
const warehouse = () => import('../lib/warehouse/db.js').then((m) => m.Warehouse);

const USAGE = `用法 / usage: npm run --silent cli -- <command> [options]

  import BUNDLE… [--replace] [--db FILE]  导入年度数据包（文件夹或 .xlsx；可给多个，或一个内含各年度数据包的文件夹），全部在一个事务中
  validate BUNDLE                          只校验数据包，不打开数据仓库
  export VIEW [--year Y] --format csv|json|parquet|arrow --out FILE [--db FILE]
                                           导出视图：${Object.keys(VIEWS).join(', ')}
  publish --year Y --edition public|internal --out DIR [--feedback] [--db FILE]
                                           写出年度考核结果（HTML、PDF、XLSX；--feedback 另写各单位反馈单）
  user add NAME --role leader|analyst|admin | disable NAME | enable NAME | reset NAME | list
                                           管理网站账户（add、reset 打印一次性登录链接）
  backup --out DIR [--db FILE]             把数据仓库备份为 Parquet 文件和 manifest.json（含校验和）
  restore DIR [--db FILE] [--force]        校验备份后恢复为数据仓库（目标已存在时须加 --force）
  check [--db FILE]                        核对数据仓库（结构、年度、孤立行、重新计算的结果）
  migrate [--db FILE]                      把较早版本建立的数据仓库迁移到当前结构（只读的网站不能迁移）

数据仓库 / warehouse: --db FILE，否则环境变量 KAOHE_DB，否则 data/warehouse.duckdb`;

class UsageError extends Error {}

function args(
	argv: string[],
	options: ParseArgsConfig['options']
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
	try {
		const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
		return { values: values as Record<string, string | boolean | undefined>, positionals };
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
}

/** Progress of a long import, on stderr and only for a person at a terminal. */
function step(message: string): void {
	if (process.stderr.isTTY) process.stderr.write(`… ${message}\n`);
}

/** Prints a bundle's warnings (ignored columns) on stderr, at most so many. */
function warn(list: string[]): void {
	const warnings = boundedWarnings(list);
	for (const w of warnings.shown) process.stderr.write(`警告: ${w}\n`);
	if (warnings.dropped) process.stderr.write(`警告: ……另有 ${warnings.dropped} 个警告未列出\n`);
}

/** Reads, checks and imports one bundle on `c` (the caller's transaction), printing its warnings. */
async function importPath(c: DuckDBConnection, path: string, replace: boolean) {
	const [{ readBundle }, { importRaw }] = await Promise.all([import('../lib/bundle/read.js'), import('../lib/warehouse/import.js')]);
	step(`读取、校验并导入数据包 ${path}`);
	const r = await importRaw(c, await readBundle(path), { replace });
	warn(r.warnings);
	return r;
}

/** Checks a bundle on a throwaway in-memory warehouse (some checks need the rules); the real one is never touched. */
async function validateOnly(path: string) {
	const wh = await (await warehouse()).open(':memory:');
	try {
		return await wh.transaction((c) => importPath(c, path, false));
	} finally {
		wh.close();
	}
}

async function run(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	switch (command) {
		case 'import': {
			const { values, positionals } = args(rest, { replace: { type: 'boolean' }, db: { type: 'string' } });
			if (positionals.length < 1) throw new UsageError('import 需要至少一个数据包路径');
			const { expandBundles } = await import('../lib/warehouse/import-folder.js');
			const paths = expandBundles(positionals);
			if (paths.length === 0) throw new UsageError(`${positionals.join(' ')} 中没有数据包`);
			// With several bundles, a problem's FILE names its bundle too (2003/units.csv:4: …).
			const inBundle = async <T>(path: string, fn: () => Promise<T>): Promise<T> => {
				try {
					return await fn();
				} catch (e) {
					if (!(e instanceof BundleRejected) || paths.length === 1) throw e;
					throw new BundleRejected(
						e.problems.map((p) => ({ ...p, file: p.file.startsWith(path) ? p.file : `${path}/${p.file}` })),
						e.dropped
					);
				}
			};
			// A bundle is checked straight into the warehouse, in its transaction. When the warehouse
			// cannot be opened (the site holds it), a rejected first bundle is still exit 1: it is
			// checked on a throwaway warehouse before saying so.
			const wh = await (await warehouse())
				.open(defaultDbPath(values.db as string | undefined))
				.catch(async (e: unknown) => {
					if (e instanceof Unavailable) await inBundle(paths[0]!, () => validateOnly(paths[0]!));
					throw e;
				});
			try {
				// All bundles in one transaction: one rejected, none is imported (exit 1, the
				// warehouse exactly as before), as for a single bundle. One bundle at a time is read.
				const done = await wh.transaction(async (c) => {
					const out = [];
					for (const path of paths) out.push(await inBundle(path, () => importPath(c, path, values.replace === true)));
					return out;
				});
				for (const r of done) {
					audit({ actor: cliActor(), action: r.replaced ? 'replace' : 'import', target: String(r.year), detail: `${r.checksum} → ${wh.path}` });
					process.stdout.write(`${r.replaced ? '已替换' : '已导入'} ${r.year} 年度（政策 ${r.policy}，${r.rows} 行）→ ${wh.path}\n`);
				}
			} finally {
				wh.close();
			}
			return 0;
		}
		case 'validate': {
			const { positionals } = args(rest, {});
			if (positionals.length !== 1) throw new UsageError('validate 需要一个数据包路径');
			const bundle = await validateOnly(positionals[0]!);
			process.stdout.write(`数据包有效：${bundle.year} 年度，政策 ${bundle.policy}\n`);
			return 0;
		}
		case 'export': {
			const { values, positionals } = args(rest, {
				year: { type: 'string' },
				format: { type: 'string' },
				out: { type: 'string' },
				db: { type: 'string' }
			});
			const view = positionals[0];
			if (positionals.length !== 1 || !view || !isView(view)) throw new UsageError(`export 需要一个视图名：${Object.keys(VIEWS).join(', ')}`);
			const { exportView, FORMATS } = await import('../lib/warehouse/export.js');
			const format = values.format as string | undefined;
			if (!format || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format 应为 ${FORMATS.join('|')}`);
			if (!values.out) throw new UsageError('export 需要 --out FILE');
			let year: number | undefined;
			if (values.year !== undefined) {
				if (!/^\d+$/.test(values.year as string)) throw new UsageError('--year 应为整数');
				year = Number(values.year);
			}
			const wh = await (await warehouse()).open(defaultDbPath(values.db as string | undefined), { readOnly: true });
			try {
				const n = await exportView(wh, view, format as (typeof FORMATS)[number], values.out as string, year);
				audit({ actor: cliActor(), action: 'export', target: view, detail: `${format}${year === undefined ? '' : ` ${year}`} → ${values.out}` });
				process.stderr.write(`已导出 ${view}：${n} 行 → ${values.out}\n`);
			} finally {
				wh.close();
			}
			return 0;
		}
		case 'publish': {
			const { values, positionals } = args(rest, {
				year: { type: 'string' },
				edition: { type: 'string' },
				out: { type: 'string' },
				feedback: { type: 'boolean' },
				db: { type: 'string' }
			});
			if (positionals.length > 0) throw new UsageError(`publish 不接受参数 ${positionals.join(' ')}`);
			if (!/^\d+$/.test((values.year as string | undefined) ?? '')) throw new UsageError('publish 需要 --year Y（整数）');
			const edition = values.edition as string | undefined;
			if (edition !== 'public' && edition !== 'internal') throw new UsageError('--edition 应为 public|internal');
			if (!values.out) throw new UsageError('publish 需要 --out DIR');
			const [{ publish }, { setPublished }] = await Promise.all([import('./publish.js'), import('../lib/summary/published.js')]);
			const files = await publish({
				db: defaultDbPath(values.db as string | undefined),
				year: Number(values.year),
				edition,
				out: values.out as string,
				feedback: values.feedback === true,
				log: step
			});
			// Writing the public edition is its publication: the site then shows it without sign-in.
			if (edition === 'public') setPublished(Number(values.year), cliActor(), true);
			audit({ actor: cliActor(), action: 'publish', target: String(values.year), detail: `${edition} → ${values.out}` });
			for (const f of files) process.stdout.write(`${f}\n`);
			return 0;
		}
		case 'user': {
			const { values, positionals } = args(rest, { role: { type: 'string' } });
			if (positionals.length > 2) throw new UsageError(`user 多余的参数：${positionals.slice(2).join(' ')}`);
			const { userCommand } = await import('./user.js');
			await userCommand(positionals[0], positionals[1], values.role as string | undefined, (l) => process.stdout.write(l + '\n'));
			return 0;
		}
		case 'backup': {
			const { values, positionals } = args(rest, { out: { type: 'string' }, db: { type: 'string' } });
			if (positionals.length > 0) throw new UsageError(`backup 不接受参数 ${positionals.join(' ')}`);
			if (!values.out) throw new UsageError('backup 需要 --out DIR');
			const { backupWarehouse } = await import('../lib/warehouse/backup.js');
			// Read-only: a backup can be made while the site runs; all tables come from one transaction.
			const wh = await (await warehouse()).open(defaultDbPath(values.db as string | undefined), { readOnly: true });
			try {
				const m = await backupWarehouse(wh, values.out as string);
				audit({ actor: cliActor(), action: 'backup', target: wh.path, detail: `→ ${values.out}` });
				const rows = m.files.reduce((n, f) => n + f.rows, 0);
				process.stdout.write(`已备份 ${wh.path}：${m.years.length} 个年度，${m.files.length} 个表，${rows} 行 → ${values.out}\n`);
			} finally {
				wh.close();
			}
			return 0;
		}
		case 'restore': {
			const { values, positionals } = args(rest, { db: { type: 'string' }, force: { type: 'boolean' } });
			if (positionals.length !== 1) throw new UsageError('restore 需要一个备份目录');
			const { restoreWarehouse } = await import('../lib/warehouse/backup.js');
			const r = await restoreWarehouse(positionals[0]!, defaultDbPath(values.db as string | undefined), { force: values.force === true });
			audit({ actor: cliActor(), action: 'restore', target: r.path, detail: `← ${positionals[0]}` });
			if (r.schemaChanged) process.stderr.write('注意：备份来自另一版本的数据仓库结构，已按当前结构载入并通过核对。\n');
			process.stdout.write(`已恢复 ${r.years.length} 个年度（${r.years.join('、')}），${r.tables} 个表，${r.rows} 行，已通过核对 → ${r.path}\n`);
			return 0;
		}
		case 'migrate': {
			const { values, positionals } = args(rest, { db: { type: 'string' } });
			if (positionals.length > 0) throw new UsageError(`migrate 不接受参数 ${positionals.join(' ')}`);
			const path = defaultDbPath(values.db as string | undefined);
			if (!existsSync(path)) throw new Unavailable(`找不到数据仓库文件 ${path}。`);
			const Warehouse = await warehouse();
			const before = await Warehouse.open(path, { readOnly: true });
			const current = await before.schemaIsCurrent().finally(() => before.close());
			// A read-write open migrates (db.ts, migrate.ts): derived tables rebuilt, input kept.
			(await Warehouse.open(path)).close();
			process.stdout.write(current ? `数据仓库已是当前结构，无需迁移 → ${path}\n` : `已迁移数据仓库到当前结构 → ${path}\n`);
			return 0;
		}
		case 'check': {
			const { values, positionals } = args(rest, { db: { type: 'string' } });
			if (positionals.length > 0) throw new UsageError(`check 不接受参数 ${positionals.join(' ')}`);
			const { checkWarehouse } = await import('../lib/warehouse/check.js');
			// Read-only: the check writes nothing (see src/lib/warehouse/check.ts) and may run beside the site.
			const wh = await (await warehouse()).open(defaultDbPath(values.db as string | undefined), { readOnly: true });
			try {
				const report = await checkWarehouse(wh);
				if (!report.ok) {
					for (const p of report.problems) process.stderr.write(`${p}\n`);
					process.stderr.write(`数据仓库 ${wh.path} 未通过核对：${report.problems.length} 个问题。\n`);
					return 1;
				}
				process.stdout.write(`数据仓库完好：${report.years.length} 个年度（${report.years.join('、') || '无'}）→ ${wh.path}\n`);
			} finally {
				wh.close();
			}
			return 0;
		}
		case undefined:
		case 'help':
		case '--help':
		case '-h':
			process.stdout.write(USAGE + '\n');
			return command === undefined ? 2 : 0;
		default:
			throw new UsageError(`未知命令：${command}`);
	}
}

async function main(): Promise<void> {
	let code: number;
	try {
		code = await run(process.argv.slice(2));
	} catch (e) {
		if (e instanceof BundleRejected) {
			for (const p of e.problems) process.stderr.write(formatProblem(p) + '\n');
			if (e.dropped) process.stderr.write(`……另有 ${e.dropped} 个错误未列出\n`);
			code = 1;
		} else if (e instanceof Refused || e instanceof Unavailable) {
			process.stderr.write(`${e.message}\n`);
			if (e instanceof Refused) for (const line of e.details) process.stderr.write(`${line}\n`);
			code = e instanceof Refused ? 1 : 3;
		} else if (e instanceof UsageError || e instanceof UserUsage) {
			process.stderr.write(`${e.message}\n\n${USAGE}\n`);
			code = 2;
		} else {
			process.stderr.write(`内部错误：${(e as Error).stack ?? e}\n`);
			code = 3;
		}
	}
	process.exitCode = code;
}

await main();
