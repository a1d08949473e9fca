// The site's own state beside the warehouse: accounts, the session key, one-time sign-in links,
// published summaries and the audit log, as small files in one folder (KAOHE_STATE, else
// data/state). Files rather than tables in the warehouse, so the command line (`user add`) can
// change accounts while the site holds the warehouse, and the site may open the warehouse
// read-only.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../paths.js';

export function stateDir(): string {
	return process.env.KAOHE_STATE ?? projectPath('data', 'state');
}

const made = new Set<string>();

/** A file of the state folder, which is made on first use (once per process, not per request). */
export function statePath(name: string): string {
	const dir = stateDir();
	if (!made.has(dir)) {
		mkdirSync(dir, { recursive: true, mode: 0o700 });
		made.add(dir);
	}
	return join(dir, name);
}

/** Reads a JSON state file, or `fallback` when it does not exist yet. */
export function readJson<T>(name: string, fallback: T): T {
	try {
		return JSON.parse(readFileSync(statePath(name), 'utf8')) as T;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
		throw e;
	}
}

/** Writes a JSON state file whole or not at all (a temporary file renamed over it). */
export function writeJson(name: string, value: unknown): void {
	const path = statePath(name);
	const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	writeFileSync(tmp, JSON.stringify(value, null, '\t') + '\n', { mode: 0o600 });
	renameSync(tmp, path);
}

let key: Buffer | undefined;

/** The key that signs session cookies, made on first use and kept in the state folder. */
export function sessionKey(): Buffer {
	if (key) return key;
	const path = statePath('session.key');
	try {
		writeFileSync(path, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
	}
	key = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
	return key;
}
