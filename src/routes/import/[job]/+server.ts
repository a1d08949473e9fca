// The state of one import job as JSON, polled by /import for its progress; only its owner sees it.
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { jobView } from '$lib/server/imports';

export const GET: RequestHandler = ({ params, locals }) => {
	const job = jobView(params.job, locals.user!.name);
	if (!job) error(404, { message: '找不到这次导入。' });
	return json(job, { headers: { 'cache-control': 'no-store' } });
};
