// A job of /summary/<year>/download: its progress (JSON), or with ?file the file itself, sent as
// a download once the job has ended (the request waits for it; other requests are served
// meanwhile). Each file sent is written to the audit log, as other downloads are.
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { jobOf } from '$lib/publish/jobs';
import { attachment } from '$lib/server/disposition';
import { audit } from '$lib/audit/log';

export const GET: RequestHandler = async ({ params, url, locals, getClientAddress }) => {
	const job = jobOf(params.job, locals.user!.name);
	if (!job) error(404, { message: '找不到这个下载任务（可能已过期），请重新生成。' });
	if (!url.searchParams.has('file')) return json(job.status);
	await job.ended;
	if (!job.file) error(500, { message: `生成文件失败：${job.status.message ?? ''}` });
	const ext = job.file.name.split('.').pop()!;
	audit({ actor: locals.user!.name, action: 'export', target: `summary-${params.year}`, detail: job.file.name, ip: getClientAddress() });
	return new Response(Buffer.from(job.file.bytes), {
		headers: {
			'content-type': job.file.type,
			'content-length': String(job.file.bytes.byteLength),
			'content-disposition': attachment(job.file.name, `kaohe-${params.year}.${ext}`)
		}
	});
};
