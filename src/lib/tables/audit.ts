// The view of the audit log's table (审计日志), shared by the page and its load: the log grows
// without end and is shown 200 entries to a page, so the load sorts and filters every entry
// before paging; the page shows the same keys. The default order is the log's, newest first.
import { textMatches, type ViewSpec } from './view';

/** The table's name in the URL: `audit.sort`, `audit.action`, `audit.actor`, `audit.q`. */
export const AUDIT_TABLE = 'audit';

interface AuditLine {
	at?: string;
	actor: string;
	action: string;
	action_label: string;
	target?: string;
	detail?: string;
	ip?: string;
}

export const AUDIT_VIEW: ViewSpec<AuditLine> = {
	sorts: {
		at: (r) => r.at,
		actor: (r) => r.actor,
		action: (r) => r.action_label,
		target: (r) => r.target,
		ip: (r) => r.ip
	},
	filters: {
		action: (r, v) => r.action === v,
		actor: (r, v) => r.actor === v,
		q: (r, v) => textMatches([r.actor, r.action_label, r.target, r.detail, r.ip], v)
	}
};
