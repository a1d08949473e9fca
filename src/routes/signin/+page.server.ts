// The sign-in form: name and password, then back to the page the person wanted.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { checkSignin } from '$lib/server/signin';
import { startSession } from '$lib/server/session';
import { sameSitePath } from '$lib/same-site';

export const load: PageServerLoad = ({ url, locals }) => ({
	next: sameSitePath(url.searchParams.get('next')),
	signedIn: locals.user?.name ?? null
});

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const name = String(form.get('name') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const next = sameSitePath(String(form.get('next') ?? '/'));
		if (!name || !password) return fail(400, { name, problem: '请输入用户名和密码。', wait: 0 });
		const result = await checkSignin(name, password, getClientAddress());
		if (!result.ok)
			return fail(result.wait ? 429 : 400, {
				name,
				problem: result.wait ? '登录失败次数过多，请稍后再试。' : '用户名或密码不对，或账户已停用。',
				wait: result.wait ?? 0
			});
		startSession(cookies, url, name);
		redirect(303, next);
	}
};
