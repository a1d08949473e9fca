// The list of annual summaries. The public sees the published years' public notices only; people
// signed in see every year, whether published, and analysts may publish or withdraw.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { publications } from '$lib/summary/published';
import { atLeast } from '$lib/auth/roles';

export const load: PageServerLoad = async ({ locals }) => {
	const wh = await siteWarehouse();
	const years = await wh.rows('site/years');
	const published = new Map(publications().map((p) => [p.year, p.at]));
	const role = locals.user?.role;
	return {
		years: years
			.filter((y) => role !== undefined || published.has(y.year))
			.map((y) => ({ year: y.year, policy_name: y.policy_name, published: published.get(y.year) ?? null }))
			.reverse(),
		internal: atLeast(role, 'analyst'),
		canPublish: atLeast(role, 'analyst'),
		signedIn: role !== undefined
	};
};
