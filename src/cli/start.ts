// `npm start`: builds the site if it is missing or older than its sources, builds the sample
// warehouse from data/sample/bundles if there is no warehouse yet, makes the first admin with a
// one-time sign-in link if there is none, then serves the site with adapter-node on PORT and
// HOST (defaults 3000 and localhost).
import { spawn } from 'node:child_process';
import { defaultDbPath } from '../lib/warehouse/db.js';
import { projectPath } from '../lib/paths.js';
import { stateDir } from '../lib/auth/state.js';
import { buildSite, ensureSampleWarehouse } from './prepare.js';
import { firstAdmin } from './user.js';

const db = defaultDbPath();
buildSite();
await ensureSampleWarehouse(db);
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? 'localhost';
const origin = process.env.ORIGIN ?? `http://${host}:${port}`;
const link = await firstAdmin();
console.log(`考核网站：${origin}/  （数据仓库 ${db}，账户与审计日志 ${stateDir()}）`);
if (link) console.log(`\n首次启动：已新建管理员账户 admin。用这个一次性链接登录并设置密码（24 小时内有效，只能用一次）：\n\n    ${link}\n`);
const server = spawn(process.execPath, [projectPath('build')], {
	stdio: 'inherit',
	// BODY_SIZE_LIMIT: uploads of year bundles (imports.ts MAX_UPLOAD, 100 MB).
	// ORIGIN: adapter-node otherwise takes every request for https, and the same-origin check of
	// forms would refuse the site's own forms on http://localhost.
	env: { BODY_SIZE_LIMIT: '110M', ...process.env, PORT: port, HOST: host, ORIGIN: origin, KAOHE_DB: db }
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
