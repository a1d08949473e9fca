// The view of the rewards' table of units (各单位明细, 奖励分配), shared by the page and its load: a
// 100× year has tens of thousands of units, shown a page at a time (KAOHE_PAGE_ROWS), so the load
// sorts and filters them before paging; the page shows the same keys. A click on a grade of the
// chart's legend or on a group's line of the totals filters it.
import { textMatches, type ViewSpec } from './view';
import { unitGradeRank } from './rankings';

/** The table's name in the URL: `units.sort`, `units.grade`, `units.group`, `units.q`. */
export const REWARD_TABLE = 'units';

interface RewardUnit {
	unit_id: string;
	name: string;
	group_id: string;
	group_name: string;
	category: string;
	grade: string;
	staff: number;
	target_score: number;
	base_bonus: number;
	extra_bonus: number;
	total_bonus: number;
	per_capita: number | null;
}

export const REWARD_VIEW: ViewSpec<RewardUnit> = {
	sorts: {
		name: (r) => r.name,
		group: (r) => r.group_name,
		grade: (r) => unitGradeRank(r.grade),
		staff: (r) => r.staff,
		target: (r) => r.target_score,
		base: (r) => r.base_bonus,
		extra: (r) => r.extra_bonus,
		total: (r) => r.total_bonus,
		per_capita: (r) => r.per_capita
	},
	filters: {
		category: (r, v) => r.category === v,
		group: (r, v) => r.group_id === v,
		grade: (r, v) => r.grade === v,
		q: (r, v) => textMatches([r.name, r.unit_id, r.group_name], v)
	}
};

/** The parameters of the view, for the page cache's key (the load reads them). */
export const REWARD_PARAMS = ['sort', ...Object.keys(REWARD_VIEW.filters)].map((k) => `${REWARD_TABLE}.${k}`);
