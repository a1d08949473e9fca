// Session cookies: `payload.signature`, the payload naming the account, its epoch, the session id
// (kept open in the state folder, ./sessions.ts) and the expiry, signed with HMAC-SHA-256 under the
// key of the state folder. Sign-out (the id closed), an account change (epoch) or the expiry ends
// it. The role is read from the account on every request, never from the cookie.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'kaohe_session';
/** A working day; a person signs in again the next morning. */
export const SESSION_SECONDS = 10 * 3600;

export interface SessionClaims {
	/** account name */
	n: string;
	/** account epoch when the session began */
	v: number;
	/** session id (./sessions.ts) */
	s: string;
	/** expiry, epoch seconds */
	e: number;
}

function mac(key: Buffer, payload: string): Buffer {
	return createHmac('sha256', key).update(payload).digest();
}

export function signSession(key: Buffer, claims: SessionClaims): string {
	const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
	return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The claims of a genuine, unexpired cookie; undefined for anything else. */
export function readSession(key: Buffer, cookie: string | undefined, now = Date.now()): SessionClaims | undefined {
	if (!cookie || cookie.length > 1000) return undefined;
	const [payload, sig, extra] = cookie.split('.');
	if (!payload || !sig || extra !== undefined) return undefined;
	const given = Buffer.from(sig, 'base64url');
	const expected = mac(key, payload);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
	let claims: SessionClaims;
	try {
		claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
	} catch {
		return undefined;
	}
	if (typeof claims !== 'object' || claims === null) return undefined;
	if (typeof claims.n !== 'string' || typeof claims.v !== 'number' || typeof claims.s !== 'string' || typeof claims.e !== 'number') return undefined;
	return claims.e * 1000 > now ? claims : undefined;
}
