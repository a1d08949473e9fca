// The view of the rankings' group tables (分组排名), shared by the page and its load: the load
// sorts and filters a year's rows before it pages them (a group of a 100× warehouse spans pages,
// so only the server sees all of its units), and the page shows the same keys.
import { textMatches, type ViewSpec } from './view';
import { CADRE_GRADE_ORDER, UNIT_GRADE_ORDER } from '../labels';

/** A code's place in its list, from the best (an unknown code last). */
const placeIn = (order: readonly string[]) => (code: string) => {
	const i = order.indexOf(code);
	return i === -1 ? order.length : i;
};
/** A unit grade's place from the best (an unknown code last). */
export const unitGradeRank = placeIn(UNIT_GRADE_ORDER);
/** A cadre grade's place from the best (an unknown code last). */
export const cadreGradeRank = placeIn(CADRE_GRADE_ORDER);

/** The table's name in the URL: `units.sort`, `units.grade`, `units.group`, `units.q`. */
export const RANKING_TABLE = 'units';

interface Ranked {
	group_id: string;
	unit_id: string;
	name: string;
	rank_in_group: number;
	target_score: number;
	composite_score: number | null;
	grade: string;
	vetoed: boolean;
	pk_votes: number | null;
	prev_rank: number | null;
}

export const RANKING_VIEW: ViewSpec<Ranked> = {
	sorts: {
		rank: (r) => r.rank_in_group,
		name: (r) => r.name,
		target: (r) => r.target_score,
		composite: (r) => r.composite_score,
		grade: (r) => unitGradeRank(r.grade),
		veto: (r) => r.vetoed,
		pk: (r) => r.pk_votes,
		// places gained since the year before (a unit new to the group has none)
		change: (r) => (r.prev_rank === null ? null : r.prev_rank - r.rank_in_group)
	},
	filters: {
		group: (r, v) => r.group_id === v,
		grade: (r, v) => r.grade === v,
		q: (r, v) => textMatches([r.name, r.unit_id], v)
	}
};

/** The parameters of the view, for the page cache's key (the load reads them). */
export const RANKING_PARAMS = ['sort', ...Object.keys(RANKING_VIEW.filters)].map((k) => `${RANKING_TABLE}.${k}`);
