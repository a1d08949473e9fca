// The person behind a request: the session cookie checked against the accounts (enabled, same
// epoch), and the cookie written at sign-in and removed at sign-out.
import type { Cookies } from '@sveltejs/kit';
import { account } from '$lib/auth/accounts';
import { SESSION_COOKIE, SESSION_SECONDS, readSession, signSession } from '$lib/auth/session';
import { sessionKey } from '$lib/auth/state';
import type { Role } from '$lib/auth/roles';

export interface User {
	name: string;
	role: Role;
}

export function currentUser(cookies: Cookies): User | undefined {
	const raw = cookies.get(SESSION_COOKIE);
	if (!raw) return undefined;
	const claims = readSession(sessionKey(), raw);
	const a = claims && account(claims.n);
	if (!a || a.disabled || a.epoch !== claims.v) {
		cookies.delete(SESSION_COOKIE, { path: '/' });
		return undefined;
	}
	return { name: a.name, role: a.role };
}

export function startSession(cookies: Cookies, url: URL, name: string): void {
	const a = account(name)!;
	const value = signSession(sessionKey(), { n: a.name, v: a.epoch, e: Math.floor(Date.now() / 1000) + SESSION_SECONDS });
	// HttpOnly: no script reads it; SameSite=Lax: not sent with another site's POST; Secure on https
	// (kit's default would drop it on http://127.0.0.1, where the site also runs).
	cookies.set(SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: SESSION_SECONDS });
}

export function endSession(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
