// The audit log: one JSON line per event appended to audit.jsonl in the state folder, by the
// site and the command line alike. Appends only (O_APPEND, one write per line, so concurrent
// writers do not interleave); nothing in kaohe rewrites or deletes it. A line torn by a crash or
// a full disk is ended before the next entry, so that entry stays whole, and the torn line is
// shown as unreadable rather than skipped.
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { statePath } from '../auth/state.js';

export const AUDIT_ACTIONS = {
	signin: '登录',
	signin_failed: '登录失败',
	signin_throttled: '尝试过于频繁被拒',
	password_check_failed: '当前密码不对',
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
	use_decision: '记录结果运用',
	export: '导出数据',
	publish: '公示年度结果',
	unpublish: '撤回公示',
	view_cadre: '查看干部档案',
	view_unit: '查看单位档案',
	backup: '备份数据仓库',
	restore: '恢复数据仓库',
	quality_check: '核查评议质量线索',
	unreadable: '无法读取的记录'
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

/** Writes one entry: one write of the whole line, which an entry that cannot be written whole fails. */
export function audit(entry: Omit<AuditEntry, 'at'>): void {
	const line = JSON.stringify({ at: new Date().toISOString(), ...entry }) + '\n';
	const fd = openSync(statePath(FILE), 'a+', 0o600);
	try {
		const bytes = Buffer.from((tornEnd(fd) ? '\n' : '') + line);
		const written = writeSync(fd, bytes);
		if (written !== bytes.length) throw new Error(`审计日志只写入了 ${written}/${bytes.length} 字节（磁盘已满？）。`);
	} finally {
		closeSync(fd);
	}
}

/** Whether the file does not end with a newline: its last line was torn (a crash, a full disk). */
function tornEnd(fd: number): boolean {
	const { size } = fstatSync(fd);
	if (size === 0) return false;
	const last = Buffer.alloc(1);
	readSync(fd, last, 0, 1, size - 1);
	return last[0] !== 0x0a;
}

/**
 * Every entry, oldest first. A line that is not an entry (torn by a crash or a full disk, or
 * altered) is kept as an `unreadable` entry naming its line and holding its text, never skipped.
 */
export function readAudit(): AuditEntry[] {
	let text: string;
	try {
		text = readFileSync(statePath(FILE), 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw e;
	}
	const out: AuditEntry[] = [];
	for (const [i, line] of text.split('\n').entries()) {
		if (!line) continue;
		const entry = parseEntry(line);
		out.push(
			entry ?? {
				at: /"at":"([^"]{1,40})"/.exec(line)?.[1] ?? '',
				actor: '-',
				action: 'unreadable',
				target: `${FILE}:${i + 1}`,
				detail: line.slice(0, 500)
			}
		);
	}
	return out;
}

function parseEntry(line: string): AuditEntry | undefined {
	try {
		const e = JSON.parse(line) as AuditEntry;
		if (typeof e === 'object' && e !== null && typeof e.at === 'string' && typeof e.actor === 'string' && typeof e.action === 'string') return e;
	} catch {
		/* not JSON */
	}
	return undefined;
}
