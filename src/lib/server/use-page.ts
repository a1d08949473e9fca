// The data of the page 结果运用 (/use): the year's personnel actions (queries/use/<kind>.sql, with
// the page's thresholds bound), its training plan and rectification list, and last year's
// subjects as they stand this year (what came of last year's decisions). Warehouse data only: the
// recorded decisions live in the state folder and are joined per request (see the route).
import { error } from '@sveltejs/kit';
import type { Warehouse } from '$lib/warehouse/db';
import { cached } from '$lib/server/page-cache';
import type { QueryParams, QueryRow } from '$lib/warehouse/typed';
import {
	ACTION_KINDS,
	USE_PARAMS,
	kindParams,
	readUseParam,
	type ActionKind,
	type RectificationRow,
	type TrainingNeedRow,
	type UseParam,
	type UseParams
} from '$lib/use/actions';

/** One row of queries/use/outcomes.sql: a subject of $year with its grade and alerts. */
export type OutcomeRow = QueryRow<'use/outcomes'>;

/** The page parameters from the query string (defaults for those not given); a 400 for a bad one. */
export function useParams(search: URLSearchParams): UseParams {
	const out = {} as UseParams;
	for (const [name, p] of Object.entries(USE_PARAMS) as [UseParam, (typeof USE_PARAMS)[UseParam]][]) {
		const raw = search.get(name)?.trim() ?? '';
		if (raw === '') {
			out[name] = p.default;
			continue;
		}
		const v = readUseParam(name, raw);
		if (typeof v !== 'number') error(400, { message: v.problem });
		out[name] = v;
	}
	return out;
}

/** An action row's subject: its SQL writes 'cadre' or 'team', and decisions are keyed by it. */
function subjectOf(s: string): 'cadre' | 'team' {
	if (s === 'cadre' || s === 'team') return s;
	throw new Error(`queries/use/：未知的对象类型 ${s}`);
}

export async function useData(wh: Warehouse, year: number, params: UseParams, hasPrevYear: boolean) {
	const kinds = Object.keys(ACTION_KINDS) as ActionKind[];
	const [[policy], lists, training, rectification, outcomes, prevOutcomes] = await Promise.all([
		wh.rows('use/policy', { year }),
		actionLists(wh, year, params),
		wh.rows('use/training_plan', { year }),
		wh.rows('use/rectification', { year }),
		wh.rows('use/outcomes', { year }),
		hasPrevYear ? wh.rows('use/outcomes', { year: year - 1 }) : Promise.resolve([] as OutcomeRow[])
	]);
	return {
		policy: policy ?? null,
		actions: kinds.map((kind, i) => ({ kind, rows: lists[i]! })),
		training,
		rectification,
		/** this year's standing of every subject, for last year's decisions */
		outcomes,
		/** last year's names, for a subject of last year that is gone this year */
		prevNames: Object.fromEntries(prevOutcomes.map((o) => [`${o.subject}|${o.subject_id}`, o.name]))
	};
}

/** The rows of every kind of action of $year (in ACTION_KINDS' order), their subject typed. */
async function actionLists(wh: Warehouse, year: number, params: UseParams) {
	const kinds = Object.keys(ACTION_KINDS) as ActionKind[];
	const lists = await Promise.all(kinds.map((kind) => wh.rows(`use/${kind}`, kindParams(kind, year, params) as QueryParams<`use/${ActionKind}`>)));
	return lists.map((rows) => rows.map((r) => ({ ...r, subject: subjectOf(r.subject) })));
}

/** One row of an action list, as the pages get it. */
export type ActionRow = Awaited<ReturnType<typeof actionLists>>[number][number];

/** One personnel action of a year concerning a subject of a dossier. */
export interface ActionOf {
	kind: ActionKind;
	row: ActionRow;
}

/**
 * The personnel actions of $year (at the page's default thresholds) that concern one dossier's
 * subject: `match` picks the rows (a cadre's, or a unit's team and cadres), in the page's order.
 */
export async function actionsConcerning(wh: Warehouse, year: number, match: (r: ActionRow) => boolean): Promise<ActionOf[]> {
	const kinds = Object.keys(ACTION_KINDS) as ActionKind[];
	// The year's whole lists, the same for every dossier of the year: computed once per year and
	// warehouse state (issue #10: at 100× they were most of a cold dossier's time).
	const lists = await cached(`use-actions|${year}`, () => actionLists(wh, year, useParams(new URLSearchParams())));
	return kinds.flatMap((kind, i) => lists[i]!.filter(match).map((row) => ({ kind, row })));
}
