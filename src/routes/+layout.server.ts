// The language of every page and the person signed in (name and role), for the layout's
// translator, navigation and sign-out button.
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({ lang: locals.lang, user: locals.user ?? null });
