// One's own account: name, role, and a new password (which ends one's other sessions).
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { AccountError, account, setPassword } from '$lib/auth/accounts';
import { checkCurrentPassword } from '$lib/server/signin';
import { audit } from '$lib/audit/log';
import { startSession } from '$lib/server/session';

export const load: PageServerLoad = ({ locals, url }) => {
	const a = account(locals.user!.name)!;
	return { name: a.name, role: a.role, hasPassword: a.hash !== null, welcome: url.searchParams.has('welcome') };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const current = String(form.get('current') ?? '');
		const password = String(form.get('password') ?? '');
		const again = String(form.get('again') ?? '');
		const a = account(locals.user!.name)!;
		// Someone at an unlocked screen must not lock the owner out: a set password is asked first.
		// It is throttled and audited as the sign-in form is: it must not be a way around it.
		if (a.hash !== null) {
			const checked = await checkCurrentPassword(a.name, current, getClientAddress());
			if (!checked.ok)
				return checked.wait ? fail(429, { problem: '尝试次数过多，请稍后再试。' }) : fail(400, { problem: '当前密码不对。' });
		}
		if (password !== again) return fail(400, { problem: '两次输入的新密码不一致。' });
		try {
			await setPassword(a.name, password);
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { problem: e.message });
			throw e;
		}
		audit({ actor: a.name, action: 'password_set', target: a.name, ip: getClientAddress() });
		startSession(cookies, url, a.name); // the epoch moved: this session continues, others end
		return { done: true };
	}
};
