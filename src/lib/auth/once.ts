// One-time sign-in links, as notebook servers print them: the first start prints one for the new
// admin, `user add` and `user reset` print one for the person. Only a hash of the token is kept;
// a link works once, within a day, for an account that is still enabled.
import { createHash, randomBytes } from 'node:crypto';
import { readJson, writeJson } from './state.js';

const FILE = 'once.json';
export const ONCE_SECONDS = 24 * 3600;

interface Pending {
	hash: string;
	name: string;
	expires: number;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token for `name`; earlier unused tokens of that account stop working. */
export function issueOnce(name: string, now = Date.now()): string {
	const token = randomBytes(24).toString('base64url');
	const live = readJson<Pending[]>(FILE, []).filter((p) => p.expires > now && p.name !== name);
	writeJson(FILE, [...live, { hash: digest(token), name, expires: now + ONCE_SECONDS * 1000 }]);
	return token;
}

/** The account a token signs in, consuming the token; undefined if unknown, used or expired. */
export function consumeOnce(token: string, now = Date.now()): string | undefined {
	if (!/^[\w-]{10,100}$/.test(token)) return undefined;
	const all = readJson<Pending[]>(FILE, []);
	const hash = digest(token);
	const hit = all.find((p) => p.hash === hash && p.expires > now);
	writeJson(FILE, all.filter((p) => p.hash !== hash && p.expires > now));
	return hit?.name;
}

/** The link a person opens; KAOHE_URL (or ORIGIN) names the site when it is not on localhost:PORT. */
export function onceLink(token: string): string {
	const base = process.env.KAOHE_URL ?? process.env.ORIGIN ?? `http://${process.env.HOST ?? 'localhost'}:${process.env.PORT ?? '3000'}`;
	return `${base.replace(/\/$/, '')}/signin/once?token=${token}`;
}
