// The audit log for admins: newest first, filtered by event and person, 200 to a page.
import type { PageServerLoad } from './$types';
import { AUDIT_ACTIONS, readAudit } from '$lib/audit/log';
import { auditRows } from '$lib/audit/view';

const PAGE = 200;

export const load: PageServerLoad = ({ url }) => {
	const filter = { action: url.searchParams.get('action') ?? '', actor: url.searchParams.get('actor') ?? '' };
	const all = readAudit();
	const rows = auditRows(all, filter);
	const page = Math.max(1, Math.floor(Number(url.searchParams.get('page')) || 1));
	return {
		filter,
		actions: Object.entries(AUDIT_ACTIONS),
		actors: [...new Set(all.map((e) => e.actor))].sort(),
		rows: rows.slice((page - 1) * PAGE, page * PAGE),
		total: rows.length,
		page,
		pages: Math.max(1, Math.ceil(rows.length / PAGE))
	};
};
