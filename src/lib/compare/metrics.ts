// The compare page (单位对比): two units of one year, or one unit in two years, side by side, one
// line per figure of the unit dossier with both values and the difference (B − A). Pure: rows of
// queries/site/units/years.sql in, lines out (numbers and codes; the page formats them by `kind`).
import type { QueryRow } from '../warehouse/typed';

/** The fields of a row of queries/site/units/years.sql the comparison shows. */
export type CompareUnit = Pick<
	QueryRow<'site/units/years'>,
	'year' | 'unit_id' | 'name' | 'category' | 'group_name' | 'staff' | 'target_score' | 'vetoed' | 'democratic_score' | 'team_band' | 'composite_score' | 'rank_in_group' | 'group_size' | 'bottom_rank' | 'in_bottom_two' | 'grade' | 'pk_votes' | 'base_bonus' | 'extra_bonus' | 'total_bonus' | 'per_capita' | 'ballots_good' | 'ballots_fairly_good' | 'ballots_average' | 'ballots_poor' | 'unanimous'
>;

/** How a line's values are shown: a count, a score, money, a rank (smaller is better), a code or a yes/no. */
export type CompareKind = 'count' | 'score' | 'money' | 'rank' | 'category' | 'grade' | 'band' | 'flag' | 'text';

export interface CompareLine {
	key: string;
	/** The figure's Chinese name (translated by the page). */
	figure: string;
	kind: CompareKind;
	a: number | string | boolean | null;
	b: number | string | boolean | null;
	/** b − a for a number on both sides, else null. */
	change: number | null;
}

const LINES: { key: keyof CompareUnit; figure: string; kind: CompareKind }[] = [
	{ key: 'category', figure: '类别', kind: 'category' },
	{ key: 'group_name', figure: '考核组', kind: 'text' },
	{ key: 'staff', figure: '编内人数', kind: 'count' },
	{ key: 'target_score', figure: '目标考核得分', kind: 'score' },
	{ key: 'vetoed', figure: '一票否决', kind: 'flag' },
	{ key: 'democratic_score', figure: '民主测评得分', kind: 'score' },
	{ key: 'team_band', figure: '民主测评档次', kind: 'band' },
	{ key: 'composite_score', figure: '综合得分', kind: 'score' },
	{ key: 'rank_in_group', figure: '组内名次', kind: 'rank' },
	{ key: 'group_size', figure: '组内单位数', kind: 'count' },
	{ key: 'bottom_rank', figure: '倒数名次', kind: 'rank' },
	{ key: 'in_bottom_two', figure: '列后两名', kind: 'flag' },
	{ key: 'grade', figure: '等次', kind: 'grade' },
	{ key: 'pk_votes', figure: '同台PK得票', kind: 'count' },
	{ key: 'base_bonus', figure: '目标考核奖', kind: 'money' },
	{ key: 'extra_bonus', figure: '等次奖励', kind: 'money' },
	{ key: 'total_bonus', figure: '奖金合计', kind: 'money' },
	{ key: 'per_capita', figure: '人均奖金', kind: 'money' },
	{ key: 'ballots_good', figure: '“好”票', kind: 'count' },
	{ key: 'ballots_fairly_good', figure: '“较好”票', kind: 'count' },
	{ key: 'ballots_average', figure: '“一般”票', kind: 'count' },
	{ key: 'ballots_poor', figure: '“差”票', kind: 'count' },
	{ key: 'unanimous', figure: '满票', kind: 'flag' }
];

/** The lines of the comparison of `a` and `b` (either may be missing: its values are null). */
export function compareLines(a: CompareUnit | null, b: CompareUnit | null): CompareLine[] {
	return LINES.map(({ key, figure, kind }) => {
		const va = a ? a[key] : null;
		const vb = b ? b[key] : null;
		const change = typeof va === 'number' && typeof vb === 'number' ? Math.round((vb - va) * 100) / 100 : null;
		return { key, figure, kind, a: va, b: vb, change };
	});
}
