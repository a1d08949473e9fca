// The edited policy of the what-if as a policy file (policy.json) for next year's bundle: only a
// policy that passes the project's validation is given; otherwise a 400 naming the fields.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { readEdit } from '../edit';

export const POST: RequestHandler = async ({ request }) => {
	const edit = await readEdit(await siteWarehouse(), await request.formData());
	if (!edit.ok) error(400, { message: `考核办法无效：${edit.problems.map((p) => `${p.field}: ${p.message}`).join('；')}` });
	return new Response(JSON.stringify(edit.policy, null, 2) + '\n', {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${edit.policy.id}.json"`
		}
	});
};
