// Checking a name and password at the sign-in form, slowed after repeated failures (one throttle
// per server process, by account name and by address), and every outcome written to the audit log.
import { account } from '$lib/auth/accounts';
import { verifyPassword } from '$lib/auth/password';
import { Throttle } from '$lib/auth/throttle';
import { audit } from '$lib/audit/log';

const throttle = new Throttle();

// A hash of a password nobody has, checked when the name is unknown, so that an unknown name
// takes as long as a wrong password and names cannot be told apart by timing.
const DECOY = 'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export type SigninResult = { ok: true } | { ok: false; wait?: number };

export async function checkSignin(name: string, password: string, ip: string): Promise<SigninResult> {
	const keys = [`name:${name}`, `ip:${ip}`];
	const wait = throttle.wait(keys);
	if (wait > 0) return { ok: false, wait: Math.ceil(wait / 1000) };
	const a = account(name);
	const ok = (await verifyPassword(password, a?.hash ?? DECOY)) && !!a && !!a.hash && !a.disabled;
	if (ok) {
		throttle.succeed(keys);
		audit({ actor: name, action: 'signin', ip });
		return { ok: true };
	}
	throttle.fail(keys);
	audit({ actor: '-', action: 'signin_failed', target: name.slice(0, 64), ip });
	return { ok: false };
}
