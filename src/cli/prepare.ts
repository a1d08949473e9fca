// What `npm start` (and the site tests) need before serving: a built site and a warehouse.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Warehouse } from '../lib/warehouse/db.js';
import { importFolder } from '../lib/warehouse/import-folder.js';
import { projectPath } from '../lib/paths.js';

function newest(path: string): number {
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/** Runs `vite build` when build/ is missing or older than the site's sources. */
export function buildSite(log: (line: string) => void = console.log): void {
	const built = projectPath('build', 'index.js');
	const sources = ['src', 'queries', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => projectPath(p)).filter(existsSync);
	const fresh = () => existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest));
	if (fresh()) return;
	// Two processes building into build/ at once would mix their files: one builds, others wait.
	withLock(projectPath('.build.lock'), () => {
		if (fresh()) return; // built by whoever held the lock
		log('正在构建网站（vite build）…');
		const r = spawnSync(process.execPath, [projectPath('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
			// vite's own lines go to stderr: a command's stdout (publish lists its files) stays clean.
			stdio: ['ignore', process.stderr, 'inherit'],
			cwd: projectPath()
		});
		if (r.status !== 0) throw new Error(`vite build 失败（退出码 ${r.status}）`);
	});
}

/** Runs `fn` holding a lock directory (mkdir is atomic); a lock older than 10 minutes is stale. */
function withLock(dir: string, fn: () => void): void {
	for (;;) {
		try {
			mkdirSync(dir);
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const held = statSync(dir, { throwIfNoEntry: false });
			if (held && Date.now() - held.mtimeMs > 600_000) rmSync(dir, { recursive: true, force: true });
			else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
		}
	}
	try {
		fn();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Builds the sample warehouse at `path` from data/sample/bundles when there is no file there. */
export async function ensureSampleWarehouse(path: string, log: (line: string) => void = console.log): Promise<void> {
	if (existsSync(path)) return;
	log(`没有数据仓库，正在用示例数据建立 ${path} …`);
	const wh = await Warehouse.open(path);
	try {
		await importFolder(wh, projectPath('data', 'sample', 'bundles'), (done, total, year) => log(`  [${done}/${total}] 已导入 ${year} 年度`));
	} catch (e) {
		wh.close();
		// A half-built sample is worse than none: the next start tries again.
		rmSync(path, { force: true });
		rmSync(`${path}.wal`, { force: true });
		throw e;
	}
	wh.close();
}
