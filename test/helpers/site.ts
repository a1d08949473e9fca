// Starts the built site (adapter-node) on the sample warehouse for a test, on a free loopback port.
// test/global-setup.ts has built the site and the warehouse, which the site opens read-only.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { inject } from 'vitest';
import { projectPath } from '../../src/lib/paths.js';

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

export async function startSite(): Promise<Site> {
	const db = inject('sampleDb');
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, [projectPath('build')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KAOHE_DB: db },
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
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
