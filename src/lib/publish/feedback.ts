// Each unit's feedback sheet (反馈单): one workbook per unit with its scores, ranks, grade, bonus and
// the weaknesses of its team flagged in the reverse evaluation, for the organization department to
// send to the unit.
import type { Warehouse } from '../warehouse/db.js';
import { CATEGORY_LABELS, ROLES, UNIT_GRADE_LABELS } from '../labels.js';
import { toWorkbook } from '../server/table-file.js';
import type { CommentRow, ReverseFlagRow } from '../summary/load.js';
import type { QueryRow } from '../warehouse/typed.js';

export type FeedbackRow = QueryRow<'summary/feedback'>;

export interface Feedback {
	unit: FeedbackRow;
	weaknesses: { aspect_name: string; share: number }[];
	/** the committee's comments on the unit's cadres */
	cadreComments: CommentRow[];
}

export async function loadFeedback(wh: Warehouse, year: number): Promise<Feedback[]> {
	const [units, flags, comments] = await Promise.all([
		wh.rows('summary/feedback', { year }),
		wh.rows('summary/reverse_flags', { year }),
		wh.rows('summary/comments', { year })
	]);
	return units.map((unit) => ({
		unit,
		weaknesses: flags.filter((f) => f.subject === 'team' && f.unit_id === unit.unit_id).map((f) => ({ aspect_name: f.aspect_name, share: f.share })),
		cadreComments: comments.filter((c) => c.subject === 'cadre' && c.unit_id === unit.unit_id)
	}));
}

/** A file name for a unit: its id and name, without characters a file system refuses. */
export function feedbackFileName(unit: Pick<FeedbackRow, 'unit_id' | 'name'>, year: number): string {
	return `${year}-反馈单-${unit.unit_id}-${unit.name}.xlsx`.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_');
}

export function feedbackWorkbook(f: Feedback, year: number): Promise<Uint8Array<ArrayBuffer>> {
	const u = f.unit;
	const grade = (UNIT_GRADE_LABELS as Record<string, string>)[u.grade] ?? u.grade;
	const rows: { item: string; value: string | number | null }[] = [
		{ item: '年度', value: year },
		{ item: '单位', value: u.name },
		{ item: '单位编码', value: u.unit_id },
		{ item: '类别', value: CATEGORY_LABELS[u.category] ?? u.category },
		{ item: '考核组', value: u.group_name },
		...(u.periodic_score === null
			? []
			: [
					{ item: '年终考核项目得分', value: u.item_score },
					{ item: '平时考核得分', value: u.periodic_score }
				]),
		{ item: '目标考核得分', value: u.target_score },
		{ item: '一票否决', value: u.vetoed ? '是' : '否' },
		{ item: '领导班子民主测评得分', value: u.democratic_score },
		{ item: '综合得分', value: u.composite_score },
		{ item: '组内名次', value: u.rank_in_group },
		{ item: '组内单位数', value: u.group_size },
		{ item: '倒数名次', value: u.bottom_rank },
		{ item: '考核等次', value: grade },
		{ item: '目标考核奖（元）', value: u.base_bonus },
		{ item: '等次奖励（元）', value: u.extra_bonus },
		{ item: '奖金合计（元）', value: u.total_bonus },
		...(u.comment === null ? [] : [{ item: '区委常委会对领导班子的评语', value: u.comment }])
	];
	const comments = f.cadreComments.map((c) => ({ name: c.cadre_name, role: (ROLES as Record<string, string>)[c.role ?? ''] ?? c.role, comment: c.comment }));
	return toWorkbook([
		{ name: '反馈单', columns: [{ key: 'item', header: '项目' }, { key: 'value', header: '内容' }], rows },
		{
			name: '逆向测评反映的问题',
			columns: [
				{ key: 'aspect_name', header: '问题' },
				{ key: 'share', header: '勾选比例' }
			],
			rows: f.weaknesses.length > 0 ? f.weaknesses : [{ aspect_name: '没有达到预警线的问题', share: null }]
		},
		{
			name: '领导干部评语',
			columns: [
				{ key: 'name', header: '姓名' },
				{ key: 'role', header: '职务类别' },
				{ key: 'comment', header: '评语' }
			],
			rows: comments.length > 0 ? comments : [{ name: '本年度没有对班子成员的评语', role: null, comment: null }]
		}
	]);
}
