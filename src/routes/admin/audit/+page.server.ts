// The audit log for admins: newest first unless another order is chosen, filtered by event,
// person and text (the table's view in the URL, $lib/tables/audit), 200 to a page.
import type { PageServerLoad } from './$types';
import { AUDIT_ACTIONS, readAudit } from '$lib/audit/log';
import { auditRows } from '$lib/audit/view';
import { AUDIT_TABLE, AUDIT_VIEW } from '$lib/tables/audit';
import { applyView, readView } from '$lib/tables/view';

const PAGE = 200;

export const load: PageServerLoad = ({ url }) => {
	const view = readView(url.searchParams, AUDIT_TABLE, AUDIT_VIEW);
	const all = readAudit();
	const rows = applyView(auditRows(all), AUDIT_VIEW, view);
	const pages = Math.max(1, Math.ceil(rows.length / PAGE));
	const page = Math.min(pages, Math.max(1, Math.floor(Number(url.searchParams.get('page')) || 1)));
	return {
		/** The filters the downloads take (all of the log's entries of this event and person). */
		filter: { action: view.filters.action ?? '', actor: view.filters.actor ?? '' },
		actions: Object.entries(AUDIT_ACTIONS),
		actors: [...new Set(all.map((e) => e.actor))].sort(),
		rows: rows.slice((page - 1) * PAGE, page * PAGE),
		shown: rows.length,
		total: all.length,
		paging: { page, pages }
	};
};
