// The public notice (公示) of one year's results: unit grades, scores and ranks, aggregates.
// Analysts publish it (then anyone may read it without signing in) or withdraw it.
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { summaryPage } from '$lib/server/summary-page';
import { cachedPage } from '$lib/server/page-cache';
import { isPublished, setPublished } from '$lib/summary/published';
import { audit } from '$lib/audit/log';

export const load: PageServerLoad = async (event) => ({
	...(await cachedPage(event, ({ params }) => summaryPage(params.year, 'public'))),
	published: isPublished(Number(event.params.year))
});

async function mark(params: { year: string }, locals: App.Locals, published: boolean) {
	const { summary } = await summaryPage(params.year, 'public'); // 400/404 for a year not held
	if (!locals.user) error(401, { message: '请先登录。' });
	setPublished(summary.year, locals.user.name, published);
	audit({ actor: locals.user.name, action: published ? 'publish' : 'unpublish', target: String(summary.year), detail: 'site' });
	redirect(303, '/summary');
}

export const actions: Actions = {
	publish: ({ params, locals }) => mark(params, locals, true),
	withdraw: ({ params, locals }) => mark(params, locals, false)
};
