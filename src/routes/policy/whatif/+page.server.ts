// What-if for the whole policy (整体政策假设测算): an analyst edits any parameter of a year's
// policy and sees what the rules would give instead, unit by unit and cadre by cadre. The rules
// run in a rolled-back transaction (src/lib/warehouse/whatif.ts): nothing stored changes.
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { READ_ONLY, siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import { whatIf } from '$lib/warehouse/whatif';
import { readEdit, storedPolicy } from './edit';

export const load: PageServerLoad = async ({ url }) => {
	const wh = await siteWarehouse();
	const years = (await wh.rows('site/years')).map((y) => y.year);
	const year = chosenYear(url.searchParams.get('year'), years);
	if (year === undefined) return { years, year: null, json: '', readOnly: READ_ONLY };
	return { years, year, json: (await storedPolicy(wh, year)).json, readOnly: READ_ONLY };
};

export const actions: Actions = {
	run: async ({ request }) => {
		const wh = await siteWarehouse();
		const edit = await readEdit(wh, await request.formData());
		if (!edit.ok) return fail(400, { year: edit.year, text: edit.text, problems: edit.problems, result: null });
		return { year: edit.year, text: edit.text, problems: [], result: await whatIf(wh, edit.year, edit.policy) };
	}
};
