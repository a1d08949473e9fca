// The data of the page 结果运用 (/use): the year's personnel actions (queries/use/<kind>.sql, with
// the page's thresholds bound), its training plan and rectification list, and last year's
// subjects as they stand this year (what came of last year's decisions). Warehouse data only: the
// recorded decisions live in the state folder and are joined per request (see the route).
import { error } from '@sveltejs/kit';
import type { Warehouse } from '$lib/warehouse/db';
import { query } from '$lib/warehouse/queries';
import {
	ACTION_KINDS,
	USE_PARAMS,
	kindParams,
	readUseParam,
	type ActionKind,
	type ActionRow,
	type RectificationRow,
	type TrainingNeedRow,
	type UseParam,
	type UseParams
} from '$lib/use/actions';

/** One row of queries/use/outcomes.sql: a subject of $year with its grade and alerts. */
export interface OutcomeRow {
	subject: 'cadre' | 'team';
	subject_id: string;
	name: string;
	grade: string;
	alerts: string | null;
}

/** queries/use/policy.sql: the year's policy numbers the rules rest on. */
export interface UsePolicy {
	policy_id: string;
	policy_name: string;
	bottom_two_size: number;
	admonish_share_below: number | null;
	incompetent_share_min: number | null;
}

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

export async function useData(wh: Warehouse, year: number, params: UseParams, hasPrevYear: boolean) {
	const kinds = Object.keys(ACTION_KINDS) as ActionKind[];
	const [[policy], lists, training, rectification, outcomes, prevOutcomes] = await Promise.all([
		wh.all<UsePolicy>(query('use/policy'), { year }),
		Promise.all(kinds.map((kind) => wh.all<ActionRow>(query(`use/${kind}`), kindParams(kind, year, params)))),
		wh.all<TrainingNeedRow>(query('use/training_plan'), { year }),
		wh.all<RectificationRow>(query('use/rectification'), { year }),
		wh.all<OutcomeRow>(query('use/outcomes'), { year }),
		hasPrevYear ? wh.all<OutcomeRow>(query('use/outcomes'), { year: year - 1 }) : Promise.resolve([] as OutcomeRow[])
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
	const params = useParams(new URLSearchParams());
	const lists = await Promise.all(kinds.map((kind) => wh.all<ActionRow>(query(`use/${kind}`), kindParams(kind, year, params))));
	return kinds.flatMap((kind, i) => lists[i]!.filter(match).map((row) => ({ kind, row })));
}
