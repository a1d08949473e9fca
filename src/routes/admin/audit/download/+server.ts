// The audit log as a file: ?format=csv|xlsx, with the page's filters.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readAudit } from '$lib/audit/log';
import { AUDIT_COLUMNS, auditRows } from '$lib/audit/view';
import { toCsv, toXlsx } from '$lib/server/table-file';

export const GET: RequestHandler = async ({ url }) => {
	const format = url.searchParams.get('format') ?? 'csv';
	if (format !== 'csv' && format !== 'xlsx') error(400, { message: `不支持的格式“${format}”：可选 csv、xlsx。` });
	const rows = auditRows(readAudit(), { action: url.searchParams.get('action') ?? '', actor: url.searchParams.get('actor') ?? '' });
	const body = format === 'csv' ? toCsv(AUDIT_COLUMNS, rows) : await toXlsx('审计日志', AUDIT_COLUMNS, rows);
	const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
	return new Response(body, {
		headers: { 'content-type': type, 'content-disposition': `attachment; filename="audit.${format}"; filename*=UTF-8''${encodeURIComponent('审计日志')}.${format}` }
	});
};
