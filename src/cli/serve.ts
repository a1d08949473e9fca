// Serves the built site (adapter-node, build/) on a warehouse file, on a free loopback port; used by
// the publish command, the site tests and the benchmarks. Each served site gets a state folder of
// its own (accounts, session key, audit log) unless one is given, with one account per role, so
// the caller can make session cookies for them (`cookie(role)`).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../lib/paths.js';
import { ROLES, type Role } from '../lib/auth/roles.js';
import { SESSION_COOKIE, SESSION_SECONDS, signSession } from '../lib/auth/session.js';
import type { Account } from '../lib/auth/accounts.js';
import { SESSIONS_FILE, sessionDigest, type OpenSession } from '../lib/auth/sessions.js';

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

export interface GetOptions extends RequestInit {
	/** The reader's language cookie. */
	lang?: string;
	/** Signed in with this role (default analyst); null for the public. */
	role?: Role | null;
}

export interface ServeOptions {
	/** Open the warehouse read-only (several sites may then share one file). Default true. */
	readOnly?: boolean;
	env?: Record<string, string>;
}

export interface Site {
	url: string;
	db: string;
	/** The state folder (accounts, audit log) of this site. */
	state: string;
	/** A session cookie (`name=value`) of the site's account for `role`. */
	cookie: (role: Role) => string;
	/**
	 * The cookie of a new session of `role`, for a test that ends it (sign-out). It rewrites the
	 * site's open sessions: not while the site signs someone in.
	 */
	session: (role: Role) => string;
	/** Fetches a path of the site (redirects not followed), signed in as options.role. */
	get: (path: string, options?: GetOptions) => Promise<Response>;
	stop: () => Promise<void>;
}

/** A fresh state folder with one account per role and an open session of each (no passwords: sign in only by cookie). */
function makeState(): { dir: string; key: Buffer; cookie: (role: Role) => string; session: (role: Role) => string } {
	const dir = mkdtempSync(join(tmpdir(), 'kaohe-state-'));
	const key = randomBytes(32);
	writeFileSync(join(dir, 'session.key'), key.toString('hex'), { mode: 0o600 });
	const accounts: Account[] = ROLES.map((role) => ({ name: `test-${role}`, role, hash: null, disabled: false, epoch: 1, created: new Date().toISOString() }));
	writeFileSync(join(dir, 'accounts.json'), JSON.stringify(accounts), { mode: 0o600 });
	const expires = Math.floor(Date.now() / 1000) + SESSION_SECONDS;
	const file = join(dir, SESSIONS_FILE);
	/** Opens a session of `role` in the state folder; its cookie. */
	const open = (role: Role) => {
		const id = randomBytes(24).toString('base64url');
		const sessions = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as OpenSession[]) : [];
		sessions.push({ id: sessionDigest(id), name: `test-${role}`, epoch: 1, expires });
		const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
		writeFileSync(tmp, JSON.stringify(sessions), { mode: 0o600 });
		renameSync(tmp, file);
		return `${SESSION_COOKIE}=${signSession(key, { n: `test-${role}`, v: 1, s: id, e: expires })}`;
	};
	const cookies = new Map(ROLES.map((role) => [role, open(role)]));
	return { dir, key, cookie: (role) => cookies.get(role)!, session: open };
}

/** `Site.get` of the site at `url`, whose sessions' cookies `cookie` gives. */
export function siteGet(url: string, cookie: (role: Role) => string): Site['get'] {
	return (path, { lang, role = 'analyst', headers, ...init } = {}) => {
		const cookies = [role ? cookie(role) : '', lang ? `lang=${lang}` : ''].filter(Boolean).join('; ');
		return fetch(url + path, {
			redirect: 'manual',
			...init,
			headers: { ...(headers as Record<string, string> | undefined), ...(cookies ? { cookie: cookies } : {}) }
		});
	};
}

export async function serveBuilt(db: string, options: ServeOptions = {}): Promise<Site> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const { dir, cookie, session } = makeState();
	const child: ChildProcess = spawn(process.execPath, [projectPath('build')], {
		env: {
			...process.env,
			KAOHE_STATE: dir,
			KAOHE_READONLY: options.readOnly === false ? '0' : '1',
			BODY_SIZE_LIMIT: '110M',
			...options.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			KAOHE_DB: db
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const get = siteGet(url, cookie);
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			await fetch(url);
			break;
		} catch {
			if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
				child.kill('SIGKILL'); // a site that did not start is not left running
				throw new Error('site did not start');
			}
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		url,
		db,
		state: dir,
		cookie,
		session,
		get,
		stop: () =>
			new Promise((resolve) => {
				const done = () => {
					rmSync(dir, { recursive: true, force: true });
					resolve();
				};
				// already ended (by a signal too, e.g. the kernel's OOM killer): its 'exit' has fired
				if (child.exitCode !== null || child.signalCode !== null) return done();
				child.once('exit', done);
				child.kill('SIGTERM');
			})
	};
}
