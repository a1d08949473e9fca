// The access check's refusals (hooks.server.ts) as responses made in the hook itself. Kit makes the
// response of an error or redirect thrown in `handle` after the hook has returned, so such a
// response lacked the security headers the hook sets on every other one; made here, it gets them.
// The same answers as kit's: a data request (__data.json) is told where to go in JSON, a person
// gets the site's error page (src/error.html), a script the message in JSON.
import { json } from '@sveltejs/kit';
import errorPage from '../../error.html?raw';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Go to `location` (303): as kit answers a redirect, in JSON to a data request. */
export function redirectTo(location: string, dataRequest: boolean): Response {
	return dataRequest ? json({ type: 'redirect', location }) : new Response(null, { status: 303, headers: { location } });
}

/** A refusal with `status` and a Chinese message: the error page to a reader asking for HTML, else JSON. */
export function refuse(status: number, message: string, request: Request, dataRequest: boolean): Response {
	const accept = request.headers.get('accept');
	// HTML when asked for by name or when nothing is said, as kit does; '*/*' (a script) gets JSON
	if (dataRequest || (accept !== null && !accept.includes('text/html'))) return json({ message }, { status });
	const page = errorPage.replaceAll('%sveltekit.status%', String(status)).replaceAll('%sveltekit.error.message%', escapeHtml(message));
	return new Response(page, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
