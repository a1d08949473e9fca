// Every request: the reader's language from the lang cookie (Chinese unless they chose English),
// written into <html lang> of the page.
import type { Handle } from '@sveltejs/kit';
import { LANG_COOKIE, isLang, locale } from '$lib/i18n';

export const handle: Handle = async ({ event, resolve }) => {
	const chosen = event.cookies.get(LANG_COOKIE);
	event.locals.lang = isLang(chosen) ? chosen : 'zh';
	const tag = locale(event.locals.lang);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%kaohe.lang%', tag) });
};
