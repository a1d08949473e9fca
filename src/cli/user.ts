// `user add NAME --role leader|analyst|admin | disable NAME | enable NAME | reset NAME | list`:
// accounts from the command line, also while the site runs (accounts are a file of the state
// folder, not the warehouse). add and reset print a one-time sign-in link; no password ever goes
// through the command line or a shell history.
import { userInfo } from 'node:os';
import { AccountError, accounts, addAccount, disableAccount, hasAdmin, resetAccount } from '../lib/auth/accounts.js';
import { issueOnce, onceLink } from '../lib/auth/once.js';
import { ROLE_LABELS, isRole } from '../lib/auth/roles.js';
import { audit } from '../lib/audit/log.js';

export { AccountError };

export class UserUsage extends Error {}

/** Who did it, in the audit log, for the command line: the operating system's user. */
export const cliActor = () => `cli:${userInfo().username}`;
const actor = cliActor;

export async function userCommand(action: string | undefined, name: string | undefined, role: string | undefined, out: (line: string) => void): Promise<void> {
	if (action === 'list') {
		for (const a of accounts()) out(`${a.name}\t${a.role}\t${a.disabled ? '已停用' : a.hash ? '正常' : '待设置密码'}`);
		return;
	}
	if (!name) throw new UserUsage('user 需要用户名');
	switch (action) {
		case 'add': {
			if (!isRole(role)) throw new UserUsage('user add 需要 --role leader|analyst|admin');
			await addAccount(name, role);
			audit({ actor: actor(), action: 'account_added', target: name, detail: role });
			out(`已新建 ${name}（${ROLE_LABELS[role]}）。一次性登录链接（24 小时内有效）：`);
			out(onceLink(issueOnce(name)));
			return;
		}
		case 'disable':
		case 'enable':
			disableAccount(name, action === 'disable');
			audit({ actor: actor(), action: action === 'disable' ? 'account_disabled' : 'account_enabled', target: name });
			out(`${action === 'disable' ? '已停用' : '已启用'} ${name}`);
			return;
		case 'reset':
			resetAccount(name);
			audit({ actor: actor(), action: 'account_reset', target: name });
			out(`已重置 ${name}：旧密码和所有登录已失效。一次性登录链接（24 小时内有效）：`);
			out(onceLink(issueOnce(name)));
			return;
		default:
			throw new UserUsage(`未知的 user 操作：${action ?? ''}（add|disable|enable|reset|list）`);
	}
}

/**
 * The first start of a fresh clone: no admin yet, so one named `admin` is made and a one-time
 * link printed, as notebook servers do. Never a fixed default password.
 */
export async function firstAdmin(): Promise<string | undefined> {
	if (hasAdmin()) return undefined;
	const name = accounts().some((a) => a.name === 'admin') ? `admin-${Date.now().toString(36)}` : 'admin';
	await addAccount(name, 'admin');
	audit({ actor: 'cli:start', action: 'account_added', target: name, detail: 'admin (first start)' });
	return onceLink(issueOnce(name));
}
