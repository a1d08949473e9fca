// The edited policy of a what-if form (year + policy JSON text): parsed and checked against the
// year's stored policy, shared by the page's action and the download.
import { error } from '@sveltejs/kit';
import type { Policy } from '$lib/policy/schema';
import { validatePolicy, type PolicyProblem } from '$lib/policy/validate';
import type { Warehouse } from '$lib/warehouse/db';
import { checkEdit } from '$lib/warehouse/whatif';

export type FormEdit = { year: number; text: string } & ({ ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] });

/** The year's stored policy as imported (years.policy_json); 404 when the year is not held. */
export async function storedPolicy(wh: Warehouse, year: number): Promise<{ json: string; policy: Policy }> {
	const row = (await wh.rows('site/policy/stored', { year })).find((r) => r.year === year);
	if (!row) error(404, { message: `数据仓库中没有 ${year} 年度的考核办法。` });
	const v = validatePolicy(JSON.parse(row.policy_json));
	if (!v.ok) error(500, { message: `${year} 年度保存的考核办法无法读取：${v.problems[0]?.field}: ${v.problems[0]?.message}` });
	return { json: JSON.stringify(JSON.parse(row.policy_json), null, 2), policy: v.policy };
}

export async function readEdit(wh: Warehouse, form: FormData): Promise<FormEdit> {
	const year = Number(form.get('year'));
	const text = String(form.get('policy') ?? '');
	if (!Number.isInteger(year)) error(400, { message: '缺少考核年度。' });
	const { policy: stored } = await storedPolicy(wh, year);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return { year, text, ok: false, problems: [{ field: '(policy)', message: `不是有效的 JSON：${(e as Error).message}` }] };
	}
	return { year, text, ...checkEdit(value, stored) };
}
