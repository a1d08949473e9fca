// The tables a reader can download from a page (/data/<name>?format=csv|xlsx|arrow&year=…): each
// is one query of queries/site/ with its bound parameters and its columns under Chinese headers.
// Only names listed here can be asked for, and parameters are bound, never spliced into SQL.
import { CADRE_GRADES, CATEGORY_LABELS, ROLES, TEAM_BANDS, UNIT_GRADE_LABELS, ALERT_LABELS, SUBJECT_LABELS, TRAINING_SOURCE_LABELS, USAGE_INTENTS } from '../labels.js'; // relative: the command line (tsx) imports this too
import { ACTION_COLUMNS, ACTION_KINDS, RECTIFICATION_COLUMNS, TRAINING_COLUMNS, type ActionKind, type UseParam } from '../use/actions.js';
import type { QueryName } from '../warehouse/typed.js';

/** XLSX number formats: money and scores with two decimals, shares as percentages with one. */
export const MONEY = '#,##0.00';
export const SCORE = '0.00';
export const SHARE = '0.0%';

export type ParamName = 'year' | 'unit' | 'cadre' | UseParam;

export interface Dataset {
	/** queries/<query>.sql */
	query: QueryName;
	/** Sheet and file name. */
	title: string;
	params: ParamName[];
	/** Column key → Chinese header, in file order. */
	columns: Record<string, string>;
	/** XLSX number formats of columns whose key does not say it (numberFormatOf). */
	formats?: Record<string, string>;
}

/** Code columns shown as their Chinese labels in CSV and XLSX (Arrow keeps the codes). */
export const CODE_LABELS: Record<string, Record<string, string>> = {
	category: CATEGORY_LABELS,
	grade: { ...CADRE_GRADES, ...UNIT_GRADE_LABELS },
	cadre_grade: CADRE_GRADES,
	prev_cadre_grade: CADRE_GRADES,
	team_band: TEAM_BANDS,
	role: ROLES,
	cadre_role: ROLES,
	kind: ALERT_LABELS,
	suggested_grade: CADRE_GRADES,
	final_grade: CADRE_GRADES,
	subject: SUBJECT_LABELS,
	prev_grade: { ...CADRE_GRADES, ...UNIT_GRADE_LABELS },
	source: TRAINING_SOURCE_LABELS
};

export const DATASETS: Record<string, Dataset> = {
	unit_years: {
		query: 'site/units/years',
		title: '单位档案',
		params: ['unit'],
		columns: {
			year: '年度', unit_id: '单位编码', name: '单位', category: '类别', group_name: '考核组', template_name: '单位类型', staff: '编内在职职工人数',
			target_score: '目标考核得分', vetoed: '一票否决', veto_items: '否决项目', democratic_score: '民主测评得分', team_band: '民主测评档次',
			composite_score: '综合得分', rank_in_group: '组内名次', group_size: '组内单位数', bottom_rank: '倒数名次', pool_size: '排位单位数',
			in_bottom_two: '列后两名', grade: '等次', pk_candidate: '同台PK入围', pk_votes: '同台PK得票', reward_rate: '发放比例',
			base_bonus: '目标考核奖', extra_bonus: '等次奖励', total_bonus: '奖金合计', per_capita: '人均奖金',
			ballots_good: '好', ballots_fairly_good: '较好', ballots_average: '一般', ballots_poor: '差', unanimous: '满票'
		}
	},
	cadre_years: {
		query: 'site/cadres/years',
		title: '干部考察档案',
		params: ['cadre'],
		columns: {
			year: '年度', cadre_id: '干部编码', name: '姓名', unit_id: '单位编码', unit_name: '单位', role: '职务',
			ballots_excellent: '优秀', ballots_competent: '称职', ballots_basically_competent: '基本称职', ballots_incompetent: '不称职',
			unanimous: '满票', democratic_score: '民主测评得分', target_score: '单位目标考核得分', composite_score: '综合得分',
			suggested_grade: '建议等次', final_grade: '认定等次', grade: '等次', usage_participants: '参评人数',
			...USAGE_INTENTS
		}
	},
	years: {
		query: 'site/years',
		title: '考核年度',
		params: [],
		columns: { year: '年度', policy_id: '考核办法编号', policy_name: '考核办法', units: '单位数', cadres: '干部数' }
	},
	satisfaction_trend: {
		query: 'site/trends/satisfaction',
		title: '满票率',
		params: [],
		columns: { year: '年度', subject: '对象', category: '类别', unanimous: '满票数', total: '总数', rate: '满票率' }
	},
	democratic_means: {
		query: 'site/trends/democratic',
		title: '民主测评平均得分',
		params: [],
		columns: { year: '年度', subject: '对象', category: '类别', mean_score: '平均得分' }
	},
	grade_mix: {
		query: 'site/trends/grade_mix',
		title: '考核等次构成',
		params: [],
		columns: { year: '年度', category: '类别', grade: '等次', units: '单位数' }
	},
	reverse_trend: {
		query: 'site/trends/reverse',
		title: '反向测评',
		params: [],
		columns: { year: '年度', subject: '对象', aspect_name: '项目', mean_share: '平均勾选比例', flagged: '达到预警线', subjects: '参评对象' }
	},
	rankings: {
		query: 'site/rankings/units',
		title: '分组排名',
		params: ['year'],
		columns: {
			category: '类别',
			group_name: '考核组',
			rank_in_group: '名次',
			unit_id: '单位编码',
			name: '单位',
			target_score: '目标考核得分',
			composite_score: '综合得分',
			grade: '等次',
			vetoed: '一票否决',
			veto_items: '否决项目',
			pk_candidate: '入围同台PK',
			pk_awaiting: '同台PK待投票',
			pk_votes: '同台PK得票',
			prev_rank: '上年名次'
		}
	},
	bottom_two_history: {
		query: 'site/bottom-two/history',
		title: '后两名排位历史',
		params: [],
		columns: {
			year: '年度',
			category: '类别',
			unit_id: '单位编码',
			name: '单位',
			group_name: '考核组',
			target_score: '目标考核得分',
			bottom_rank: '倒数名次',
			in_bottom_two: '列后两名',
			pool_size: '排位单位数'
		}
	},
	alerts: {
		query: 'site/bottom-two/alerts',
		title: '预警',
		params: ['year'],
		columns: {
			kind: '预警类型',
			unit_id: '单位编码',
			unit_name: '单位',
			category: '类别',
			group_name: '考核组',
			cadre_id: '干部编码',
			cadre_name: '干部',
			cadre_role: '职务',
			bottom_rank: '本年倒数名次',
			prev_bottom_rank: '上年倒数名次',
			cadre_grade: '本年等次',
			prev_cadre_grade: '上年等次',
			approval_share: '优秀和称职票'
		}
	},
	rewards: {
		query: 'site/rewards/units',
		title: '奖励分配',
		params: ['year'],
		columns: {
			unit_id: '单位编码',
			name: '单位',
			category: '类别',
			group_name: '考核组',
			grade: '等次',
			staff: '编制人数',
			target_score: '目标考核得分',
			rate: '发放比例',
			base_bonus: '目标考核奖',
			extra_bonus: '等次奖励',
			total_bonus: '奖金合计',
			per_capita: '人均奖金'
		}
	},
	reward_grades: {
		query: 'site/rewards/by_grade',
		title: '奖励按等次汇总',
		params: ['year'],
		columns: { grade: '等次', units: '单位数', staff: '编制人数', base_bonus: '目标考核奖', extra_bonus: '等次奖励', total_bonus: '奖金合计', per_capita: '人均奖金' }
	},
	reward_groups: {
		query: 'site/rewards/by_group',
		title: '奖励按考核组汇总',
		params: ['year'],
		columns: {
			category: '类别',
			group_id: '考核组编码',
			group_name: '考核组',
			units: '单位数',
			staff: '编制人数',
			base_bonus: '目标考核奖',
			extra_bonus: '等次奖励',
			total_bonus: '奖金合计',
			per_capita: '人均奖金'
		}
	},
	reward_years: {
		query: 'site/rewards/years',
		title: '历年奖金总额',
		params: [],
		columns: { year: '年度', policy_id: '考核办法编号', standard: '人均每分奖励标准', basic_rate: '基本达标比例', units: '单位数', staff: '编制人数', total: '奖金合计' },
		formats: { total: MONEY }
	},
	// 结果运用 (/use): each action kind's table with the page's thresholds, the training plan, rectification
	...Object.fromEntries(
		(Object.keys(ACTION_KINDS) as ActionKind[]).map((kind): [string, Dataset] => [
			`use_${kind}`,
			{ query: `use/${kind}`, title: ACTION_KINDS[kind].label, params: ['year', ...ACTION_KINDS[kind].params], columns: ACTION_COLUMNS }
		])
	),
	use_training_plan: { query: 'use/training_plan', title: '缺什么补什么培训计划', params: ['year'], columns: TRAINING_COLUMNS },
	use_rectification: { query: 'use/rectification', title: '反馈与整改', params: ['year'], columns: RECTIFICATION_COLUMNS },
	policy_groups: { query: 'site/policy/groups', title: '考核组', params: ['year'], columns: { group_id: '考核组编号', group_name: '考核组', category: '类别', bottom_two_exempt: '不参加后两名排位', units: '单位数' } }
};

/**
 * The XLSX number format of a column, by what its key names (the same keys in every dataset):
 * money with two decimals, scores with two, shares and rates as percentages with one.
 */
export function numberFormatOf(key: string): string | undefined {
	if (/(^|_)(bonus|per_capita|standard)$/.test(key)) return MONEY;
	if (/(^|_)(share|rate)$/.test(key)) return SHARE;
	if (/_score$/.test(key)) return SCORE;
	return undefined;
}

/** A dataset's columns for a file: key, Chinese header and number format. */
export function fileColumns(dataset: Dataset): { key: string; header: string; numFmt?: string }[] {
	return Object.entries(dataset.columns).map(([key, header]) => {
		const numFmt = dataset.formats?.[key] ?? numberFormatOf(key);
		return numFmt ? { key, header, numFmt } : { key, header };
	});
}

export const FILE_FORMATS = ['csv', 'xlsx', 'arrow'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** Rows with their code columns replaced by Chinese labels (for CSV and XLSX). */
export function labelled(rows: readonly object[]): Record<string, unknown>[] {
	return rows.map((row) => {
		const r = row as Record<string, unknown>;
		const out: Record<string, unknown> = { ...r };
		for (const [key, labels] of Object.entries(CODE_LABELS)) {
			const v = r[key];
			if (typeof v === 'string' && v in labels) out[key] = labels[v];
		}
		for (const [k, v] of Object.entries(out)) if (typeof v === 'boolean') out[k] = v ? '是' : '否';
		return out;
	});
}
