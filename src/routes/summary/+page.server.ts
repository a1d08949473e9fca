// The list of annual summaries: one public notice and one internal edition per year.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { query } from '$lib/warehouse/queries';

export const load: PageServerLoad = async () => {
	const wh = await siteWarehouse();
	const years = await wh.all<{ year: number; policy_name: string | null }>(query('site/years'));
	return { years: years.map((y) => ({ year: y.year, policy_name: y.policy_name })).reverse() };
};
