// The public notice (公示) of one year's results: unit grades, scores and ranks, aggregates.
// Analysts publish it (then anyone may read it without signing in) or withdraw it.
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { summaryPage } from '$lib/server/summary-page';
import { cached } from '$lib/server/page-cache';
import { isPublished, publications, setPublished } from '$lib/summary/published';
import { audit } from '$lib/audit/log';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';

export const load: PageServerLoad = async (event) => ({
	// The public edition shows of the earlier years the published ones: they are part of its key.
	...(await cached(`summary-public|${event.params.year}|${publications().map((p) => p.year)}|${event.locals.lang}`, () => summaryPage(event.params.year, 'public'))),
	published: isPublished(Number(event.params.year))
});

async function mark(params: { year: string }, locals: App.Locals, published: boolean) {
	const years = (await (await siteWarehouse()).rows('site/years')).map((y) => y.year);
	const year = chosenYear(params.year, years)!; // 400/404 for a year not held
	if (!locals.user) error(401, { message: '请先登录。' });
	setPublished(year, locals.user.name, published);
	audit({ actor: locals.user.name, action: published ? 'publish' : 'unpublish', target: String(year), detail: 'site' });
	redirect(303, '/summary');
}

export const actions: Actions = {
	publish: ({ params, locals }) => mark(params, locals, true),
	withdraw: ({ params, locals }) => mark(params, locals, false)
};
