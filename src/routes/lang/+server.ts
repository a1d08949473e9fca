// The language switch: /lang?to=en&back=/rankings?year=2007 sets the lang cookie for a year and
// goes back to the page. `back` must be a path on this site, so the switch cannot send anyone away.
import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { LANG_COOKIE, isLang } from '$lib/i18n';
import { sitePath } from '$lib/same-site';

export const GET: RequestHandler = ({ url, cookies }) => {
	const to = url.searchParams.get('to');
	if (!isLang(to)) error(400, { message: `不支持的语言“${to ?? ''}”：可选 zh 或 en。` });
	const back = sitePath(url.searchParams.get('back'));
	if (back === null) error(400, { message: '返回地址不是本站的页面路径。' });
	// secure only over https: kit's default (secure except on localhost) would drop it on http://127.0.0.1.
	cookies.set(LANG_COOKIE, to, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 365 * 24 * 3600 });
	redirect(303, back);
};
