// Accounts, in accounts.json of the state folder. Every change bumps the account's `epoch`, which
// every session cookie carries: disabling an account or resetting its password ends its sessions.
import { statSync } from 'node:fs';
import { hashPassword, passwordProblem } from './password.js';
import { readJson, statePath, writeJson } from './state.js';
import { isRole, type Role } from './roles.js';
import { Refused } from '../failures.js';

export interface Account {
	name: string;
	role: Role;
	/** scrypt hash; null until the person sets a password through a one-time link. */
	hash: string | null;
	disabled: boolean;
	epoch: number;
	created: string;
}

const FILE = 'accounts.json';

export class AccountError extends Refused {}

/** A user name: letters (Chinese too), digits, `.`, `_`, `-`; 2–32 characters. */
export function nameProblem(name: string): string | undefined {
	if (!/^[\p{L}\p{N}._-]{2,32}$/u.test(name)) return '用户名为 2–32 个字母、汉字、数字或 . _ -。';
	return undefined;
}

let cache: { mtimeMs: number; accounts: Account[] } | undefined;

/** All accounts; re-read when the file changed (the command line may change it while the site runs). */
export function accounts(): Account[] {
	let mtimeMs = -1;
	try {
		mtimeMs = statSync(statePath(FILE)).mtimeMs;
	} catch {
		/* no accounts yet */
	}
	if (cache?.mtimeMs !== mtimeMs) cache = { mtimeMs, accounts: readJson<Account[]>(FILE, []) };
	return cache.accounts;
}

export function account(name: string): Account | undefined {
	return accounts().find((a) => a.name === name);
}

function save(list: Account[]): void {
	writeJson(FILE, list);
	cache = undefined;
}

function change(name: string, fn: (a: Account) => Account): Account {
	const list = accounts();
	const i = list.findIndex((a) => a.name === name);
	if (i < 0) throw new AccountError(`没有用户 ${name}。`);
	const next = { ...fn(list[i]!), epoch: list[i]!.epoch + 1 };
	save(list.with(i, next));
	return next;
}

export async function addAccount(name: string, role: Role, password?: string): Promise<Account> {
	const bad = nameProblem(name) ?? (password === undefined ? undefined : passwordProblem(password));
	if (bad) throw new AccountError(bad);
	if (!isRole(role)) throw new AccountError(`角色应为 leader、analyst 或 admin。`);
	if (account(name)) throw new AccountError(`用户 ${name} 已存在。`);
	const a: Account = {
		name,
		role,
		hash: password === undefined ? null : await hashPassword(password),
		disabled: false,
		epoch: 1,
		created: new Date().toISOString()
	};
	save([...accounts(), a]);
	return a;
}

export function disableAccount(name: string, disabled = true): Account {
	return change(name, (a) => ({ ...a, disabled }));
}

export function setRole(name: string, role: Role): Account {
	if (!isRole(role)) throw new AccountError(`角色应为 leader、analyst 或 admin。`);
	return change(name, (a) => ({ ...a, role }));
}

/** Clears the password (the person sets a new one through a one-time link) and ends all sessions. */
export function resetAccount(name: string): Account {
	return change(name, (a) => ({ ...a, hash: null }));
}

export async function setPassword(name: string, password: string): Promise<Account> {
	const bad = passwordProblem(password);
	if (bad) throw new AccountError(bad);
	const hash = await hashPassword(password);
	return change(name, (a) => ({ ...a, hash }));
}

export function hasAdmin(): boolean {
	return accounts().some((a) => a.role === 'admin' && !a.disabled);
}
