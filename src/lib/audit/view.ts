// The audit log as a table for people: newest first, filtered by action and actor, with the
// action's Chinese name; the same columns for the page and the downloads.
import { AUDIT_ACTIONS, type AuditEntry } from './log.js';

export const AUDIT_COLUMNS = [
	{ key: 'at', header: '时间' },
	{ key: 'actor', header: '操作人' },
	{ key: 'action_label', header: '事件' },
	{ key: 'target', header: '对象' },
	{ key: 'detail', header: '详情' },
	{ key: 'ip', header: '地址' }
];

export interface AuditFilter {
	action?: string;
	actor?: string;
}

export function auditRows(entries: AuditEntry[], filter: AuditFilter = {}) {
	return entries
		.filter((e) => (!filter.action || e.action === filter.action) && (!filter.actor || e.actor === filter.actor))
		.reverse()
		.map((e) => ({ ...e, action_label: AUDIT_ACTIONS[e.action] ?? e.action }));
}
