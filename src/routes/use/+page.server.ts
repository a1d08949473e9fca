// 结果运用 (/use?year=Y, issue #14): what a year's results call for — the personnel actions with
// the rule and figures each rests on, the training plan (缺什么补什么), feedback and rectification —
// and what was done: an analyst records the decision on each (audited; kept in the state folder,
// so a re-import of the year leaves it), and the next year's page shows what came of it.
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import { cachedPage } from '$lib/server/page-cache';
import { useData, useParams, type OutcomeRow } from '$lib/server/use-page';
import { DECISION_KINDS, OUTCOMES, type Decision, type Outcome } from '$lib/use/actions';
import { readDecisions, recordDecision } from '$lib/server/use-decisions';
import { audit } from '$lib/audit/log';

export const load: PageServerLoad = async (event) => {
	const data = await cachedPage(event, async ({ url }) => {
		const wh = await siteWarehouse();
		const years = (await wh.rows('site/years')).map((y) => y.year);
		const year = chosenYear(url.searchParams.get('year'), years);
		const params = useParams(url.searchParams);
		if (year === undefined) return { years, year: null, params, hasPrevYear: false, use: null };
		const hasPrevYear = years.includes(year - 1);
		return { years, year, params, hasPrevYear, use: await useData(wh, year, params, hasPrevYear) };
	});
	// Decisions are site state, changed without an import: read afresh, never cached with the page.
	const all = data.year === null ? [] : readDecisions();
	return {
		...data,
		decisions: all.filter((d) => d.year === data.year),
		prevDecisions: all.filter((d) => d.year === (data.year ?? 0) - 1),
		/** earlier years' training decisions "trained", by cadre: a need after them recurred */
		trainedBefore: all.filter((d) => d.kind === 'training' && d.outcome === 'trained' && d.year < (data.year ?? 0)).map((d) => ({ cadre: d.subject_id, year: d.year }))
	};
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const actions: Actions = {
	/** An analyst records (or replaces) the decision on one action of a year. */
	record: async ({ request, locals, getClientAddress }) => {
		const form = await request.formData();
		const field = (name: string) => String(form.get(name) ?? '').trim();
		const year = Number(field('year'));
		const kind = field('kind');
		const subject = field('subject');
		const subjectId = field('subject_id');
		const outcome = field('outcome');
		const reason = field('reason');
		const date = field('date');
		const back = { kind, subject_id: subjectId };
		if (!Number.isInteger(year)) return fail(400, { ...back, problem: '请选择年度。' });
		if (!Object.hasOwn(DECISION_KINDS, kind)) return fail(400, { ...back, problem: '没有这种结果运用事项。' });
		if (subject !== 'cadre' && subject !== 'team') return fail(400, { ...back, problem: '请指明对象（干部或班子）。' });
		if (!Object.hasOwn(OUTCOMES, outcome)) return fail(400, { ...back, problem: '请选择落实情况。' });
		if (!reason || reason.length > 500) return fail(400, { ...back, problem: '请写明理由或整改措施（500 字以内）。' });
		if (!DATE.test(date) || Number.isNaN(Date.parse(date))) return fail(400, { ...back, problem: '请填写日期（如 2026-12-01）。' });
		// The subject must be one of the year's cadres or teams.
		const wh = await siteWarehouse();
		const known = await wh.rows('use/outcomes', { year });
		if (!known.some((o) => o.subject === subject && o.subject_id === subjectId))
			return fail(404, { ...back, problem: `${year} 年度没有编码为“${subjectId}”的${subject === 'cadre' ? '干部' : '班子'}。` });
		const decision: Decision = { year, kind, subject, subject_id: subjectId, outcome: outcome as Outcome, reason, date, by: locals.user!.name, at: new Date().toISOString() };
		// Audited first: a decision that cannot be logged is not recorded.
		audit({
			actor: locals.user!.name,
			action: 'use_decision',
			target: `${year}|${kind}|${subjectId}`,
			detail: `${OUTCOMES[decision.outcome]} ${date}: ${reason}`,
			ip: getClientAddress()
		});
		recordDecision(decision);
		return { saved: `${kind}|${subjectId}` };
	}
};
