// Accounts, for admins: add, change role, disable or enable, reset (a new one-time link).
// The command line does the same (`user add|disable|reset`); both write the audit log.
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { AccountError, accounts, addAccount, disableAccount, resetAccount, setRole } from '$lib/auth/accounts';
import { issueOnce, onceLink } from '$lib/auth/once';
import { isRole } from '$lib/auth/roles';
import { audit } from '$lib/audit/log';

export const load: PageServerLoad = () => ({
	accounts: accounts().map(({ name, role, disabled, created, hash }) => ({ name, role, disabled, created, hasPassword: hash !== null }))
});

/** The one-time link for `name`, on the address this admin uses to reach the site. */
function link(url: URL, name: string): string {
	return onceLink(issueOnce(name)).replace(/^https?:\/\/[^/]+/, url.origin);
}

async function fields(request: Request) {
	const form = await request.formData();
	return { name: String(form.get('name') ?? '').trim(), role: String(form.get('role') ?? '') };
}

export const actions: Actions = {
	add: async ({ request, locals, url }) => {
		const { name, role } = await fields(request);
		if (!isRole(role)) return fail(400, { problem: '请选择角色。' });
		try {
			await addAccount(name, role);
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { problem: e.message });
			throw e;
		}
		audit({ actor: locals.user!.name, action: 'account_added', target: name, detail: role });
		return { name, link: link(url, name) };
	},
	reset: async ({ request, locals, url }) => {
		const { name } = await fields(request);
		try {
			resetAccount(name);
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { problem: e.message });
			throw e;
		}
		audit({ actor: locals.user!.name, action: 'account_reset', target: name });
		return { name, link: link(url, name) };
	},
	disable: async ({ request, locals }) => {
		const form = await request.formData();
		const name = String(form.get('name') ?? '');
		const disabled = form.get('disabled') === 'true';
		if (name === locals.user!.name && disabled) return fail(400, { problem: '不能停用自己的账户。' });
		try {
			disableAccount(name, disabled);
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { problem: e.message });
			throw e;
		}
		audit({ actor: locals.user!.name, action: disabled ? 'account_disabled' : 'account_enabled', target: name });
		return {};
	},
	role: async ({ request, locals }) => {
		const { name, role } = await fields(request);
		if (!isRole(role)) return fail(400, { problem: '请选择角色。' });
		if (name === locals.user!.name) return fail(400, { problem: '不能更改自己的角色。' });
		try {
			setRole(name, role);
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { problem: e.message });
			throw e;
		}
		audit({ actor: locals.user!.name, action: 'role_changed', target: name, detail: role });
		return {};
	}
};
