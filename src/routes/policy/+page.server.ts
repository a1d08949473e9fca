// The rules in force for one year (考核办法, ?year=, default the latest), read from the policy the
// warehouse stored with that year (years.policy_json), with the units the year assessed in each
// group, and what changed from the policy of the latest earlier year in the warehouse.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import { policySchema, type Policy } from '$lib/policy/schema';
import { describeChange, diffPolicies, type ChangeText } from '$lib/policy/diff';
import { locale, translator } from '$lib/i18n';
import { cachedPage } from '$lib/server/page-cache';
import { atLeast } from '$lib/auth/roles';
import type { QueryRow } from '$lib/warehouse/typed';

type StoredRow = QueryRow<'site/policy/stored'>;

/** One row of queries/site/policy/groups.sql. */
export type GroupRow = QueryRow<'site/policy/groups'>;

/** The year compared with: its year and policy, and the changes from it to the year shown. */
export interface Comparison {
	year: number;
	policy_id: string;
	policy_name: string;
	changes: ChangeText[];
}

function parsed(row: StoredRow): Policy {
	const result = policySchema.safeParse(JSON.parse(row.policy_json));
	if (!result.success) error(500, { message: `${row.year} 年度保存的考核办法无法读取：${result.error.issues[0]?.message ?? ''}` });
	return result.data;
}

// The file a policy came from and its raw text are for the analysts who import policies: a
// leader reads the rules, not file names (the cached data is shared, so they are taken out here).
export const load: PageServerLoad = async (event) => {
	const data = await loadPolicy(event);
	return atLeast(event.locals.user?.role, 'analyst') ? data : { ...data, source: null, json: '' };
};

const loadPolicy = (event: Parameters<PageServerLoad>[0]) =>
	cachedPage(event, async ({ url, locals }) => {
		const wh = await siteWarehouse();
		const years = (await wh.rows('site/years')).map((y) => y.year);
		const year = chosenYear(url.searchParams.get('year'), years);
		if (year === undefined) return { years, year: null, policy: null, source: null, groups: [] as GroupRow[], comparison: null, json: '' };

		const [stored, groups] = await Promise.all([
			wh.rows('site/policy/stored', { year }),
			wh.rows('site/policy/groups', { year })
		]);
		const current = stored.find((r) => r.year === year);
		if (!current) error(404, { message: `数据仓库中没有 ${year} 年度的考核办法。` });
		const policy = parsed(current);
		const prevRow = stored.find((r) => r.year < year);

		let comparison: Comparison | null = null;
		if (prevRow) {
			const prev = parsed(prevRow);
			const i18n = { t: translator(locals.lang), locale: locale(locals.lang) };
			comparison = {
				year: prevRow.year,
				policy_id: prev.id,
				policy_name: prev.name,
				changes: diffPolicies(prev, policy).map((c) => describeChange(c, prev, policy, i18n))
			};
		}

		// The groups in the policy's own order.
		const order = new Map(policy.groups.map((g, i) => [g.id, i]));
		groups.sort((a, b) => (order.get(a.group_id) ?? 0) - (order.get(b.group_id) ?? 0));

		return {
			years,
			year,
			policy,
			source: current.policy_source,
			groups,
			comparison,
			json: JSON.stringify(JSON.parse(current.policy_json), null, 2)
		};
	});
