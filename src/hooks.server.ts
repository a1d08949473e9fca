// Every request: the reader's language (lang cookie, written into <html lang>), the person signed
// in (session cookie), a same-origin check for anything that changes state, and the access table
// of $lib/server/access — the one place that decides who may reach what, denying by default; and
// the headers that keep pages out of caches and frames, on every response, refusals too (the
// content security policy of rendered pages is kit's, in svelte.config.js).
import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import { LANG_COOKIE, isLang, locale } from '$lib/i18n';
import { decide } from '$lib/server/access';
import { bringsSession, currentUser, sessionRemovalHeader } from '$lib/server/session';
import { isPublished } from '$lib/summary/published';
import { cachedResponse } from '$lib/server/page-cache';
import { cleanUploads } from '$lib/server/imports';
import { READ_ONLY, openAtStart } from '$lib/server/site-warehouse';
import { redirectTo, refuse } from '$lib/server/refusal';

// At start-up, a site that imports deletes what a previous run left of its uploads (and logs an
// import that a stop interrupted). A read-only site imports nothing and leaves them alone.
// A read-only site also opens its warehouse at once, so that one it refuses (an older schema) is
// said at start, not first on a reader's page.
export const init: ServerInit = async () => {
	if (!READ_ONLY) cleanUploads();
	else await openAtStart();
};

export const handle: Handle = async ({ event, resolve }) => {
	const chosen = event.cookies.get(LANG_COOKIE);
	event.locals.lang = isLang(chosen) ? chosen : 'zh';
	const brought = bringsSession(event.cookies);
	event.locals.user = currentUser(event.cookies, event.url);

	// A refusal is a response made here (refusal.ts), not a thrown error or redirect: kit would make
	// that one after this hook, without the headers below.
	const tag = locale(event.locals.lang);
	const refused = refusal(event);
	// a session cookie currentUser refused is removed, as kit would on a response of resolve
	if (refused && brought && !event.locals.user) refused.headers.append('set-cookie', sessionRemovalHeader(event.cookies, event.url));
	const response =
		refused ??
		// A dashboard page already rendered for this key and person is served from memory (a fresh
		// Response each time, so the headers below are set on it whether it was kept or not).
		(await cachedResponse(event, async () => resolve(event, { transformPageChunk: ({ html }) => html.replace('%kaohe.lang%', tag) })));
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	// kit's policy is on the pages it renders; any other page (the error page of a refusal or of a
	// failure) gets one that runs nothing and is framed by no site either.
	if (response.headers.get('content-type')?.startsWith('text/html') && !response.headers.has('content-security-policy'))
		response.headers.set('content-security-policy', STATIC_PAGE_CSP);
	// Over https the browser is told to come back only over https (a year).
	if (event.url.protocol === 'https:') response.headers.set('strict-transport-security', 'max-age=31536000');
	return response;
};

/** The refusal of a request the origin check or the access table denies, or null to serve it. */
function refusal(event: RequestEvent): Response | null {
	const { request, url, route } = event;
	const reading = request.method === 'GET' || request.method === 'HEAD';
	// Forms and uploads must come from this site's own pages (no cross-site request forgery).
	if (!reading && request.headers.get('origin') !== url.origin)
		return refuse(403, '请求来源与本站不符，已拒绝。请从本站页面提交。', request, event.isDataRequest);
	if (route.id === null) return null;
	const verdict = decide(route.id, request.method, event.locals.user?.role, () => {
		const year = Number(event.params.year);
		return Number.isInteger(year) && isPublished(year);
	});
	if (verdict === 'signin') {
		// A person opening a page goes to the sign-in form and comes back; a script gets a 401.
		if (reading && (event.isDataRequest || request.headers.get('accept')?.includes('text/html')))
			return redirectTo(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`, event.isDataRequest);
		return refuse(401, '请先登录。', request, event.isDataRequest);
	}
	if (verdict === 'forbid') return refuse(403, '您的账户无权访问此页面或执行此操作。', request, event.isDataRequest);
	if (verdict === 'missing') return refuse(reading ? 404 : 405, reading ? '找不到此页面。' : '此页面不接受该请求。', request, event.isDataRequest);
	return null;
}

/** The content security policy of a page kit did not render (src/error.html: inline style only). */
const STATIC_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

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
