// A one-time sign-in link (first start, `user add`, `user reset`): signs the person in once and
// sends them to set their password.
import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { account } from '$lib/auth/accounts';
import { consumeOnce } from '$lib/auth/once';
import { audit } from '$lib/audit/log';
import { startSession } from '$lib/server/session';

export const GET: RequestHandler = ({ url, cookies, getClientAddress }) => {
	const name = consumeOnce(url.searchParams.get('token') ?? '');
	const a = name ? account(name) : undefined;
	if (!a || a.disabled) error(403, { message: '此登录链接无效、已用过或已过期。请向系统管理员索取新的链接。' });
	startSession(cookies, url, a.name);
	audit({ actor: a.name, action: 'signin', detail: 'one-time link', ip: getClientAddress() });
	redirect(303, '/account?welcome');
};
