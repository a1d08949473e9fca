// The sessions that are open, kept in sessions.json of the state folder, so that a session ends
// on the server when the person signs out (a copied cookie stops working with it). A session
// cookie names its id; only a hash of the id is kept. Only the site writes this file (sign-in and
// sign-out); disabling an account or changing its password ends its sessions through the
// account's epoch, which every cookie also carries.
import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { readJson, statePath, writeJson } from './state.js';

/** The file of the state folder that lists the open sessions. */
export const SESSIONS_FILE = 'sessions.json';

export interface OpenSession {
	/** sha256 of the session id, hex */
	id: string;
	/** account name */
	name: string;
	/** account epoch when the session began */
	epoch: number;
	/** expiry, epoch seconds */
	expires: number;
}

/** What is kept of a session id. */
export const sessionDigest = (id: string) => createHash('sha256').update(id).digest('hex');

let cache: { mtimeMs: number; open: Map<string, OpenSession> } | undefined;

function all(): Map<string, OpenSession> {
	let mtimeMs = -1;
	try {
		mtimeMs = statSync(statePath(SESSIONS_FILE)).mtimeMs;
	} catch {
		/* none yet */
	}
	if (cache?.mtimeMs !== mtimeMs) cache = { mtimeMs, open: new Map(readJson<OpenSession[]>(SESSIONS_FILE, []).map((s) => [s.id, s])) };
	return cache.open;
}

function save(list: OpenSession[]): void {
	writeJson(SESSIONS_FILE, list);
	cache = undefined;
}

/**
 * Opens a session for `name` at `epoch` until `expires`; returns its id (for the cookie).
 * Expired sessions and those of an earlier epoch (`current` tells the account's epoch) are
 * dropped on the way.
 */
export function openSession(name: string, epoch: number, expires: number, current: (name: string) => number | undefined, now = Date.now()): string {
	const id = randomBytes(24).toString('base64url');
	const keep = [...all().values()].filter((s) => s.expires * 1000 > now && current(s.name) === s.epoch);
	save([...keep, { id: sessionDigest(id), name, epoch, expires }]);
	return id;
}

/** Whether the session `id` of `name` is open (not ended, not expired). */
export function sessionOpen(id: string, name: string, now = Date.now()): boolean {
	const s = all().get(sessionDigest(id));
	return !!s && s.name === name && s.expires * 1000 > now;
}

/** Ends the session `id`; nothing happens if it is not open. */
export function closeSession(id: string): void {
	const open = all();
	const hash = sessionDigest(id);
	if (open.has(hash)) save([...open.values()].filter((s) => s.id !== hash));
}
