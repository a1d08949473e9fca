// `npm start`: builds the site if it is missing or older than its sources, builds the sample
// warehouse from data/sample/bundles if there is no warehouse yet, then serves the site with
// adapter-node on PORT and HOST (defaults 3000 and localhost).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Warehouse, defaultDbPath } from '../lib/warehouse/db.js';
import { importFolder } from '../lib/warehouse/import-folder.js';
import { projectPath } from '../lib/paths.js';

function newest(path: string): number {
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

function buildSite(): void {
	const built = projectPath('build', 'index.js');
	const sources = ['src', 'queries', 'svelte.config.js', 'vite.config.ts'].map((p) => projectPath(p)).filter(existsSync);
	if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) return;
	console.log('正在构建网站（vite build）…');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: projectPath() });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

async function ensureWarehouse(path: string): Promise<void> {
	if (existsSync(path)) return;
	console.log(`没有数据仓库，正在用示例数据建立 ${path} …`);
	const wh = await Warehouse.open(path);
	try {
		await importFolder(wh, projectPath('data', 'sample', 'bundles'), (done, total, year) =>
			console.log(`  [${done}/${total}] 已导入 ${year} 年度`)
		);
	} finally {
		wh.close();
	}
}

const db = defaultDbPath();
buildSite();
await ensureWarehouse(db);
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? 'localhost';
console.log(`考核网站：http://${host}:${port}/  （数据仓库 ${db}）`);
const server = spawn(process.execPath, [projectPath('build')], {
	stdio: 'inherit',
	env: { ...process.env, PORT: port, HOST: host, KAOHE_DB: db }
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
