// Password hashes with scrypt from node's crypto, a memory-hard function: 2^15 × 8 × 128 bytes
// = 32 MiB and about 0.1 s per check, so a stolen accounts file is slow to guess through. The
// parameters are stored with each hash, so they can be raised later without breaking old ones.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
	const options: ScryptOptions = { ...o, maxmem: 256 * o.N * o.r };
	return new Promise((resolve, reject) =>
		scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (e, k) => (e ? reject(e) : resolve(k)))
	);
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const k = await derive(password, salt, { N, r: R, p: P });
	return ['scrypt', N, R, P, salt.toString('base64'), k.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [kind, n, r, p, salt, hash] = stored.split('$');
	if (kind !== 'scrypt' || !salt || !hash) return false;
	const expected = Buffer.from(hash, 'base64');
	const k = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
	return k.length === expected.length && timingSafeEqual(k, expected);
}

/** What a new password must be: long enough to resist guessing, short enough to hash quickly. */
export function passwordProblem(password: string): string | undefined {
	if ([...password].length < 10) return '密码至少 10 个字符。';
	if (password.length > 200) return '密码不能超过 200 个字符。';
	return undefined;
}
