// `npm start`: builds the site if it is missing or older than its sources, builds the sample
// warehouse from data/sample/bundles if there is no warehouse yet, then serves the site with
// adapter-node on PORT and HOST (defaults 3000 and localhost).
import { spawn } from 'node:child_process';
import { defaultDbPath } from '../lib/warehouse/db.js';
import { projectPath } from '../lib/paths.js';
import { buildSite, ensureSampleWarehouse } from './prepare.js';

const db = defaultDbPath();
buildSite();
await ensureSampleWarehouse(db);
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? 'localhost';
console.log(`考核网站：http://${host}:${port}/  （数据仓库 ${db}）`);
const server = spawn(process.execPath, [projectPath('build')], {
	stdio: 'inherit',
	env: { ...process.env, PORT: port, HOST: host, KAOHE_DB: db }
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
