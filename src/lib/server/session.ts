// The person behind a request: the session cookie checked against the open sessions and the
// accounts (enabled, same epoch), and the cookie written at sign-in and removed at sign-out.
import type { Cookies } from '@sveltejs/kit';
import { account } from '$lib/auth/accounts';
import { SESSION_COOKIE, SESSION_SECONDS, readSession, signSession } from '$lib/auth/session';
import { closeSession, openSession, sessionOpen } from '$lib/auth/sessions';
import { sessionKey } from '$lib/auth/state';
import type { Role } from '$lib/auth/roles';

export interface User {
	name: string;
	role: Role;
}

/**
 * The cookie's attributes. HttpOnly: no script reads it; SameSite=Lax: not sent with another
 * site's POST; Secure on https only: kit's default (Secure except on localhost) would make the
 * browser refuse the cookie, and so also its removal, on http to any other address.
 */
const attributes = (url: URL) => ({ path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' }) as const;

export function currentUser(cookies: Cookies, url: URL): User | undefined {
	const raw = cookies.get(SESSION_COOKIE);
	if (!raw) return undefined;
	const claims = readSession(sessionKey(), raw);
	const a = claims && sessionOpen(claims.s, claims.n) ? account(claims.n) : undefined;
	if (!a || a.disabled || a.epoch !== claims!.v) {
		cookies.delete(SESSION_COOKIE, attributes(url));
		return undefined;
	}
	return { name: a.name, role: a.role };
}

/** Whether the request brought a session cookie (asked before currentUser, which may remove it). */
export const bringsSession = (cookies: Cookies): boolean => cookies.get(SESSION_COOKIE) !== undefined;

/**
 * The Set-Cookie header that removes the session cookie, for a response made without kit's
 * resolve (a refusal in hooks.server.ts), to which kit adds no cookie of `cookies`.
 */
export function sessionRemovalHeader(cookies: Cookies, url: URL): string {
	return cookies.serialize(SESSION_COOKIE, '', { ...attributes(url), maxAge: 0 });
}

/** A new session for `name` (a new id: never one the browser brought); the one it replaces ends. */
export function startSession(cookies: Cookies, url: URL, name: string): void {
	endSession(cookies, url);
	const a = account(name)!;
	const expires = Math.floor(Date.now() / 1000) + SESSION_SECONDS;
	const s = openSession(a.name, a.epoch, expires, (n) => account(n)?.epoch);
	cookies.set(SESSION_COOKIE, signSession(sessionKey(), { n: a.name, v: a.epoch, s, e: expires }), { ...attributes(url), maxAge: SESSION_SECONDS });
}

/** Ends the session of the cookie on the server and removes the cookie. */
export function endSession(cookies: Cookies, url: URL): void {
	const claims = readSession(sessionKey(), cookies.get(SESSION_COOKIE));
	if (claims) closeSession(claims.s);
	cookies.delete(SESSION_COOKIE, attributes(url));
}
