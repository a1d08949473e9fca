// Signing out: the session ended on the server and its cookie removed, then the sign-in form.
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { audit } from '$lib/audit/log';
import { endSession } from '$lib/server/session';

export const POST: RequestHandler = ({ cookies, url, locals, getClientAddress }) => {
	if (locals.user) audit({ actor: locals.user.name, action: 'signout', ip: getClientAddress() });
	endSession(cookies, url);
	redirect(303, '/signin');
};
