// Every request: the reader's language (lang cookie, written into <html lang>), the person signed
// in (session cookie), a same-origin check for anything that changes state, and the access table
// of $lib/server/access — the one place that decides who may reach what, denying by default; and
// the headers that keep pages out of caches and frames (the content security policy is kit's, in
// svelte.config.js).
import { error, redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { LANG_COOKIE, isLang, locale } from '$lib/i18n';
import { decide } from '$lib/server/access';
import { currentUser } from '$lib/server/session';
import { isPublished } from '$lib/summary/published';
import { cachedResponse } from '$lib/server/page-cache';
import { cleanUploads } from '$lib/server/imports';
import { READ_ONLY } from '$lib/server/site-warehouse';

// At start-up, a site that imports deletes what a previous run left of its uploads (and logs an
// import that a stop interrupted). A read-only site imports nothing and leaves them alone.
export const init: ServerInit = () => {
	if (!READ_ONLY) cleanUploads();
};

export const handle: Handle = async ({ event, resolve }) => {
	const chosen = event.cookies.get(LANG_COOKIE);
	event.locals.lang = isLang(chosen) ? chosen : 'zh';
	event.locals.user = currentUser(event.cookies, event.url);
	const { request, url, route } = event;

	const reading = request.method === 'GET' || request.method === 'HEAD';
	// Forms and uploads must come from this site's own pages (no cross-site request forgery).
	if (!reading && request.headers.get('origin') !== url.origin)
		error(403, { message: '请求来源与本站不符，已拒绝。请从本站页面提交。' });

	if (route.id !== null) {
		const verdict = decide(route.id, request.method, event.locals.user?.role, () => {
			const year = Number(event.params.year);
			return Number.isInteger(year) && isPublished(year);
		});
		if (verdict === 'signin') {
			// A person opening a page goes to the sign-in form and comes back; a script gets a 401.
			if (reading && (event.isDataRequest || request.headers.get('accept')?.includes('text/html')))
				redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
			error(401, { message: '请先登录。' });
		}
		if (verdict === 'forbid') error(403, { message: '您的账户无权访问此页面或执行此操作。' });
		if (verdict === 'missing') error(reading ? 404 : 405, { message: reading ? '找不到此页面。' : '此页面不接受该请求。' });
	}

	const tag = locale(event.locals.lang);
	// A dashboard page already rendered for this key and person is served from memory (a fresh
	// Response each time, so the headers below are set on it whether it was kept or not).
	const response = await cachedResponse(event, async () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%kaohe.lang%', tag) })
	);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	// Over https the browser is told to come back only over https (a year).
	if (url.protocol === 'https:') response.headers.set('strict-transport-security', 'max-age=31536000');
	return response;
};

/**
 * On every page and download (the static assets are served before this hook): personnel records
 * are kept by no cache, neither the browser's (back button after sign-out) nor a proxy's; no site
 * may frame a page (clickjacking); a file is never read as another type than it says; links to
 * other sites do not carry the address of the page.
 */
const SECURITY_HEADERS = {
	'cache-control': 'no-store',
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'cross-origin-opener-policy': 'same-origin'
};
