// What `npm start` (and the site tests) need before serving: a built site and a warehouse.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
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
	if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) return;
	log('正在构建网站（vite build）…');
	const r = spawnSync(process.execPath, [projectPath('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		cwd: projectPath()
	});
	if (r.status !== 0) throw new Error(`vite build 失败（退出码 ${r.status}）`);
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
