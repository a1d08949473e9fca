// Passwords, session cookies, one-time links and the sign-in throttle: what a person relies on
// when signing in, and what an attacker must not get around.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { readSession, signSession } from './session.js';
import { Throttle } from './throttle.js';
import { consumeOnce, issueOnce, ONCE_SECONDS } from './once.js';
import { account, addAccount, disableAccount, resetAccount, setPassword } from './accounts.js';

describe('passwords', () => {
	it('verifies the right password and refuses a wrong one; two hashes of one password differ (salt)', async () => {
		const h = await hashPassword('长城-考核-2007');
		expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
		expect(await verifyPassword('长城-考核-2007', h)).toBe(true);
		expect(await verifyPassword('长城-考核-2008', h)).toBe(false);
		expect(await hashPassword('长城-考核-2007')).not.toBe(h);
		expect(await verifyPassword('x', 'not a hash')).toBe(false);
	});
	it('asks for at least 10 characters', () => {
		expect(passwordProblem('short')).toBeDefined();
		expect(passwordProblem('十个汉字的密码也可以的')).toBeUndefined();
	});
});

describe('session cookies', () => {
	const key = Buffer.alloc(32, 7);
	const claims = { n: '张三', v: 2, s: 'session-id', e: Math.floor(Date.now() / 1000) + 60 };
	it('reads back what was signed', () => {
		expect(readSession(key, signSession(key, claims))).toEqual(claims);
	});
	it('refuses a forged, altered, foreign-key or expired cookie', () => {
		const good = signSession(key, claims);
		const [payload, sig] = good.split('.') as [string, string];
		const other = Buffer.from(JSON.stringify({ ...claims, n: 'admin' })).toString('base64url');
		expect(readSession(key, `${other}.${sig}`)).toBeUndefined();
		expect(readSession(key, `${payload}.${sig.slice(0, -2)}AA`)).toBeUndefined();
		expect(readSession(Buffer.alloc(32, 8), good)).toBeUndefined();
		expect(readSession(key, good, (claims.e + 1) * 1000)).toBeUndefined();
		expect(readSession(key, 'garbage')).toBeUndefined();
		expect(readSession(key, `${payload}.${sig}.x`)).toBeUndefined();
	});
});

describe('sign-in throttle', () => {
	it('lets three attempts pass, then makes each further try wait longer, per name or address', () => {
		let now = 0;
		const th = new Throttle(() => now);
		const keys = ['name:a', 'ip:1'];
		for (let i = 0; i < 3; i++) expect(th.begin(keys)).toBe(0);
		expect(th.begin(keys)).toBe(2000);
		expect(th.begin(['name:b', 'ip:1'])).toBe(2000); // same address, other name
		now += 2000;
		expect(th.begin(keys)).toBe(0);
		expect(th.begin(keys)).toBe(4000);
		th.succeed(keys);
		expect(th.begin(keys)).toBe(0);
	});
	it('counts an attempt when it begins: attempts still in flight hold back the next ones', () => {
		const th = new Throttle(() => 0);
		// twenty guesses at once, none finished yet: only the first three go on to the password check
		const started = Array.from({ length: 20 }, () => th.begin(['name:a', 'ip:1']));
		expect(started.filter((w) => w === 0)).toHaveLength(3);
	});
	it('starts from the first wait it is given, doubling from there', () => {
		let now = 0;
		const th = new Throttle(() => now, 60_000);
		for (let i = 0; i < 3; i++) th.begin(['name:a']);
		expect(th.begin(['name:a'])).toBe(60_000);
		now += 60_000;
		expect(th.begin(['name:a'])).toBe(0);
		expect(th.begin(['name:a'])).toBe(120_000);
	});
	it('forgets attempts after the window', () => {
		let now = 0;
		const th = new Throttle(() => now);
		for (let i = 0; i < 5; i++) th.begin(['name:a']);
		now += 16 * 60_000;
		expect(th.wait(['name:a'])).toBe(0);
	});
});

describe('accounts and one-time links', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'kaohe-auth-'));
		process.env.KAOHE_STATE = dir;
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('a link signs in once, within a day', async () => {
		await addAccount('李四', 'analyst');
		const token = issueOnce('李四', 0);
		expect(consumeOnce(token, 1000)).toBe('李四');
		expect(consumeOnce(token, 2000)).toBeUndefined();
		const late = issueOnce('李四', 0);
		expect(consumeOnce(late, ONCE_SECONDS * 1000 + 1)).toBeUndefined();
		expect(consumeOnce('../../etc/passwd')).toBeUndefined();
	});
	it('a new link replaces the old one of the same account', () => {
		const first = issueOnce('李四');
		const second = issueOnce('李四');
		expect(consumeOnce(first)).toBeUndefined();
		expect(consumeOnce(second)).toBe('李四');
	});
	it('every change moves the epoch, so old sessions end; names are checked; no duplicates', async () => {
		const start = account('李四')!.epoch;
		await setPassword('李四', 'correct horse battery');
		disableAccount('李四');
		resetAccount('李四');
		const a = account('李四')!;
		expect(a.epoch).toBe(start + 3);
		expect(a.disabled).toBe(true);
		expect(a.hash).toBeNull();
		await expect(addAccount('李四', 'leader')).rejects.toThrow('已存在');
		await expect(addAccount('<script>', 'leader')).rejects.toThrow('用户名');
		await expect(addAccount('x', 'leader')).rejects.toThrow('用户名');
	});
});
