// The audit log: one JSON line per event appended to audit.jsonl in the state folder, by the
// site and the command line alike. Appends only (O_APPEND, one write per line, so concurrent
// writers do not interleave); nothing in kaohe rewrites or deletes it.
import { appendFileSync, readFileSync } from 'node:fs';
import { statePath } from '../auth/state.js';

export const AUDIT_ACTIONS = {
	signin: '登录',
	signin_failed: '登录失败',
	signout: '退出',
	password_set: '设置密码',
	account_added: '新建账户',
	account_disabled: '停用账户',
	account_enabled: '启用账户',
	account_reset: '重置账户',
	role_changed: '更改角色',
	import: '导入年度',
	replace: '替换年度数据',
	import_interrupted: '导入被中断',
	final_grade: '更改最终等次',
	export: '导出数据',
	publish: '公示年度结果',
	unpublish: '撤回公示',
	view_cadre: '查看干部档案',
	backup: '备份数据仓库',
	restore: '恢复数据仓库'
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditEntry {
	/** ISO time */
	at: string;
	/** account name; `cli:<os user>` for the command line; `-` when nobody is signed in */
	actor: string;
	action: AuditAction;
	/** what it concerns: a year, a unit or cadre id, an account, a dataset */
	target?: string;
	/** details: a bundle checksum, a format, a reason */
	detail?: string;
	ip?: string;
}

const FILE = 'audit.jsonl';

export function audit(entry: Omit<AuditEntry, 'at'>): void {
	const line = JSON.stringify({ at: new Date().toISOString(), ...entry }) + '\n';
	appendFileSync(statePath(FILE), line, { mode: 0o600 });
}

/** Every entry, oldest first. A torn last line (a crash mid-write) is skipped, never fatal. */
export function readAudit(): AuditEntry[] {
	let text: string;
	try {
		text = readFileSync(statePath(FILE), 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw e;
	}
	const out: AuditEntry[] = [];
	for (const line of text.split('\n')) {
		if (!line) continue;
		try {
			out.push(JSON.parse(line) as AuditEntry);
		} catch {
			/* torn line */
		}
	}
	return out;
}
