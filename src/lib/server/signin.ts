// Checking a password, at the sign-in form and on /account before a new one is set: slowed after
// repeated failures (one throttle per server process, by account name and by address, each
// attempt counted when it begins), and every outcome written to the audit log, the throttled
// attempts too.
import { account } from '$lib/auth/accounts';
import { verifyPassword } from '$lib/auth/password';
import { Throttle } from '$lib/auth/throttle';
import { audit } from '$lib/audit/log';

// KAOHE_SIGNIN_WAIT sets the first wait (ms): a test of guesses sent at once sets one longer than
// any machine takes to deliver them, so its count does not depend on the machine's load.
const configuredWait = Number(process.env.KAOHE_SIGNIN_WAIT);
const throttle = new Throttle(Date.now, Number.isFinite(configuredWait) && configuredWait > 0 ? configuredWait : undefined);

// A hash of a password nobody has, checked when the name is unknown, so that an unknown name
// takes as long as a wrong password and names cannot be told apart by timing.
const DECOY = 'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export type SigninResult = { ok: true } | { ok: false; wait?: number };

/** Where the password is asked: the sign-in form, or /account (the current password). */
type Where = 'signin' | 'account';

async function check(name: string, password: string, ip: string, where: Where): Promise<SigninResult> {
	const keys = [`name:${name}`, `ip:${ip}`];
	const target = name.slice(0, 64);
	const actor = where === 'signin' ? '-' : name;
	const wait = throttle.begin(keys);
	if (wait > 0) {
		audit({ actor, action: 'signin_throttled', target, detail: where, ip });
		return { ok: false, wait: Math.ceil(wait / 1000) };
	}
	const a = account(name);
	const ok = (await verifyPassword(password, a?.hash ?? DECOY)) && !!a && !!a.hash && !a.disabled;
	if (ok) {
		throttle.succeed(keys);
		if (where === 'signin') audit({ actor: name, action: 'signin', ip });
		return { ok: true };
	}
	audit({ actor, action: where === 'signin' ? 'signin_failed' : 'password_check_failed', target, ip });
	return { ok: false };
}

/** The sign-in form's name and password. */
export function checkSignin(name: string, password: string, ip: string): Promise<SigninResult> {
	return check(name, password, ip, 'signin');
}

/** The current password of the signed-in `name` on /account, throttled and audited as a sign-in is. */
export function checkCurrentPassword(name: string, password: string, ip: string): Promise<SigninResult> {
	return check(name, password, ip, 'account');
}
