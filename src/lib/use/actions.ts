// 结果运用 (issue #14): the personnel actions that a year's results call for, one query each in
// queries/use/, the page parameters for the thresholds the policy does not fix, and the column
// list every action table shares (page and downloads). Relative imports: the command line (tsx)
// reaches this through datasets.ts.
import type { QueryRow } from '../warehouse/typed.js';

/** The thresholds of the page that no policy fixes: bound SQL parameters, with their defaults. */
export const USE_PARAMS = {
	promote_share_min: { label: '提拔意向票比例不低于', default: 0.5, min: 0, max: 1, integer: false },
	transfer_share_min: { label: '改非、降职意向票比例合计不低于', default: 0.3334, min: 0, max: 1, integer: false },
	transfer_flags_min: { label: '反向测评达到预警线的项目不少于', default: 2, min: 1, max: 100, integer: true },
	honour_top: { label: '市级综合先进推荐人选（个）', default: 10, min: 1, max: 1000, integer: true },
	training_top: { label: '上级调训推荐人选（名）', default: 20, min: 1, max: 1000, integer: true }
} as const;
export type UseParam = keyof typeof USE_PARAMS;
export type UseParams = Record<UseParam, number>;

export const isUseParam = (name: string): name is UseParam => Object.hasOwn(USE_PARAMS, name);

/** A page parameter's value from its text (trimmed, not empty), or the problem with it (Chinese). */
export function readUseParam(name: UseParam, raw: string): number | { problem: string } {
	const p = USE_PARAMS[name];
	const v = Number(raw);
	if (!/^\d+(\.\d{1,4})?$/.test(raw) || v < p.min || v > p.max || (p.integer && !Number.isInteger(v)))
		return { problem: `参数 ${name}（${p.label}）应为 ${p.min} 至 ${p.max} 之间的${p.integer ? '整数' : '数（至多 4 位小数）'}，“${raw}”不是。` };
	return v;
}

/** The action kinds, in the page's order: queries/use/<kind>.sql and the parameters each binds. */
export const ACTION_KINDS = {
	adjust_bottom_two: { label: '职务调整（连续两年列后两名的主要领导）', params: [] },
	adjust_basically_competent: { label: '职务调整（连续两年基本称职）', params: [] },
	demote: { label: '降职（不称职）', params: [] },
	dismiss: { label: '免职（连续两年不称职）', params: [] },
	admonish: { label: '诫勉谈话', params: [] },
	transfer: { label: '转岗、改非线索', params: ['transfer_share_min', 'transfer_flags_min'] },
	promote: { label: '提拔、进入后备干部库线索', params: ['promote_share_min'] },
	honour_team: { label: '市级综合先进优先推荐（好班子）', params: ['honour_top'] },
	honour_cadre: { label: '市级综合先进优先推荐（优秀干部）', params: ['honour_top'] },
	training_above: { label: '上级调训优先推荐（优秀优先）', params: ['training_top'] }
} as const satisfies Record<string, { label: string; params: readonly UseParam[] }>;
export type ActionKind = keyof typeof ACTION_KINDS;

/** Decisions are also recorded on the training plan (per cadre) and on rectification (per team). */
export const DECISION_KINDS: Record<string, string> = {
	...Object.fromEntries(Object.entries(ACTION_KINDS).map(([k, v]) => [k, v.label])),
	training: '缺什么补什么培训',
	rectify: '反馈与整改'
};

/** One row of every queries/use/<kind>.sql (the same columns, null where a kind has no such figure). */
export type ActionRow = QueryRow<`use/${ActionKind}`>;

/** Column key → Chinese header of an action table's download. */
export const ACTION_COLUMNS: Record<string, string> = {
	subject: '对象', subject_id: '编码', unit_id: '单位编码', unit_name: '单位', category: '类别', group_name: '考核组',
	cadre_id: '干部编码', cadre_name: '干部', role: '职务', grade: '本年等次', prev_grade: '上年等次',
	composite_score: '综合得分', democratic_score: '民主测评得分', bottom_rank: '本年倒数名次', prev_bottom_rank: '上年倒数名次',
	approval_share: '优秀和称职票比例', incompetent_share: '不称职票比例', promote_share: '提拔意向比例',
	non_leadership_share: '改非意向比例', demote_share: '降职意向比例', flags: '反向测评预警项目数', flagged_aspects: '反向测评预警项目',
	team_band: '班子民主测评档次', policy_value: '考核办法规定值'
};

/** One row of queries/use/training_plan.sql. */
export type TrainingNeedRow = QueryRow<'use/training_plan'>;

export const TRAINING_COLUMNS: Record<string, string> = {
	source: '来源', aspect_id: '项目编码', aspect_name: '培训内容', cadre_id: '干部编码', cadre_name: '干部', unit_id: '单位编码',
	unit_name: '单位', role: '职务', grade: '等次', score: '得分或比例', need_years: '累计年数', earlier_years: '此前年度'
};

/** One row of queries/use/rectification.sql. */
export type RectificationRow = QueryRow<'use/rectification'>;

export const RECTIFICATION_COLUMNS: Record<string, string> = {
	unit_id: '单位编码', unit_name: '单位', category: '类别', group_name: '考核组', grade: '等次', team_band: '班子民主测评档次',
	comment: '评语', flagged: '本年反向测评预警', prev_flagged: '上年反向测评预警', repeated: '整改后再次预警'
};

/** The bound parameters of one kind's query. */
export function kindParams(kind: ActionKind, year: number, params: UseParams): Record<string, number> {
	return { year, ...Object.fromEntries(ACTION_KINDS[kind].params.map((p) => [p, params[p]])) };
}

// What was done: the decision recorded on an action (stored by decisions.ts, server only).
export const OUTCOMES = { done: '已办理', talked: '已谈话', trained: '已培训', not_taken: '未采纳' } as const;
export type Outcome = keyof typeof OUTCOMES;

export interface Decision {
	year: number;
	/** a key of DECISION_KINDS */
	kind: string;
	subject: 'cadre' | 'team';
	/** the cadre id, or the unit id for a team */
	subject_id: string;
	outcome: Outcome;
	/** the reason, or for rectification the measures taken */
	reason: string;
	/** when it was done (YYYY-MM-DD), as the analyst states it */
	date: string;
	by: string;
	/** when it was recorded (ISO time) */
	at: string;
}

export const decisionKey = (d: Pick<Decision, 'year' | 'kind' | 'subject_id'>) => `${d.year}|${d.kind}|${d.subject_id}`;
