// The public notice (公示) of one year's results: unit grades, scores and ranks, aggregates.
// Analysts publish it (then anyone may read it without signing in) or withdraw it, and download
// the publication's files. Publishing takes two steps: the notice period (公示期), its objection
// contact and issuing body are entered and checked (review), then confirmed (publish); the
// publication record keeps them, who published and when, and the audit log says so too.
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { summaryPage } from '$lib/server/summary-page';
import { cached } from '$lib/server/page-cache';
import { noticeDefaults, noticeState, publicationOf, publications, readNotice, setPublished, type Notice } from '$lib/summary/published';
import { audit } from '$lib/audit/log';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import { atLeast } from '$lib/auth/roles';

export const load: PageServerLoad = async (event) => {
	const year = Number(event.params.year);
	const publication = publicationOf(year) ?? null;
	const analyst = atLeast(event.locals.user?.role, 'analyst');
	return {
		// The public edition shows of the earlier years the published ones: they are part of its key.
		...(await cached(`summary-public|${event.params.year}|${publications().map((p) => p.year)}|${event.locals.lang}`, () => summaryPage(event.params.year, 'public'))),
		published: publication !== null,
		publication: publication && { at: publication.at, by: analyst ? publication.by : null, notice: publication.notice ?? null },
		noticeState: publication?.notice ? noticeState(publication.notice) : null,
		canPublish: analyst,
		defaults: analyst && !publication ? noticeDefaults() : null
	};
};

async function heldYear(param: string): Promise<number> {
	const years = (await (await siteWarehouse()).rows('site/years')).map((y) => y.year);
	return chosenYear(param, years)!; // 400/404 for a year not held
}

async function noticeOf(request: Request) {
	const form = await request.formData();
	const values = Object.fromEntries((['start', 'end', 'contact', 'issuer'] as const).map((k) => [k, String(form.get(k) ?? '')])) as unknown as Notice;
	return { form, values, read: readNotice((k) => values[k]) };
}

export const actions: Actions = {
	/** The first step: the notice checked and shown back for confirmation; nothing is stored. */
	review: async ({ params, request }) => {
		const year = await heldYear(params.year);
		const { values, read } = await noticeOf(request);
		if ('problems' in read) return fail(400, { values, problems: read.problems });
		return { values, review: { year, ...read.notice } };
	},
	/** The second step: published with the notice, if the form confirms it. */
	publish: async ({ params, request, locals }) => {
		const year = await heldYear(params.year);
		if (!locals.user) error(401, { message: '请先登录。' });
		const { form, values, read } = await noticeOf(request);
		if ('problems' in read) return fail(400, { values, problems: read.problems });
		if (form.get('confirm') !== 'yes') return fail(400, { values, review: { year, ...read.notice } });
		const n = read.notice;
		if (setPublished(year, locals.user.name, true, n))
			audit({ actor: locals.user.name, action: 'publish', target: String(year), detail: `site; 公示期 ${n.start}—${n.end}; 发布单位 ${n.issuer}; 联系 ${n.contact}` });
		redirect(303, `/summary/${year}`);
	},
	/** Withdrawn: the public no longer sees it; the publication's record is kept, marked withdrawn. */
	withdraw: async ({ params, locals }) => {
		const year = await heldYear(params.year);
		if (!locals.user) error(401, { message: '请先登录。' });
		if (setPublished(year, locals.user.name, false)) audit({ actor: locals.user.name, action: 'unpublish', target: String(year), detail: 'site' });
		redirect(303, '/summary');
	}
};
