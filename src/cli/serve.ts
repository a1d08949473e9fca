// Serves the built site (adapter-node, build/) on a warehouse file, on a free loopback port; used by
// the publish command, the site tests and the route benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { projectPath } from '../lib/paths.js';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
		s.on('error', reject);
	});
}

export interface Site {
	url: string;
	db: string;
	stop: () => Promise<void>;
}

export async function serveBuilt(db: string, env: Record<string, string> = {}): Promise<Site> {
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, [projectPath('build')], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', KAOHE_DB: db },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			await fetch(url);
			break;
		} catch {
			if (Date.now() > deadline) throw new Error('site did not start');
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		url,
		db,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
