// The figures each personnel action of 结果运用 rests on, as one line of text: the /use page's
// tables and the actions shown on the dossiers.
import type { T } from '../i18n/index.js';
import type { Formats } from '../format.js';
import { CADRE_GRADES, TEAM_BANDS, UNIT_GRADE_LABELS } from '../labels.js';
import type { ActionKind, ActionRow } from './actions.js';

/** The figures an action rests on, in one line (on /use and on the dossiers). */
export function actionBasis(kind: ActionKind, r: ActionRow, year: number, t: T, f: Formats): string {
	const label = (labels: Record<string, string>, code: string | null) => (code ? t(labels[code] ?? code) : '—');
	const gradeLabel = (g: string | null) => label({ ...UNIT_GRADE_LABELS, ...CADRE_GRADES }, g);
	switch (kind) {
		case 'adjust_bottom_two':
			return t('{prev} 年倒数第 {prevRank} 名，{year} 年倒数第 {rank} 名', { prev: year - 1, prevRank: r.prev_bottom_rank ?? '—', year, rank: r.bottom_rank ?? '—' });
		case 'adjust_basically_competent':
		case 'dismiss':
			return t('{prev} 年{prevGrade}，{year} 年{grade}', { prev: year - 1, prevGrade: gradeLabel(r.prev_grade), year, grade: gradeLabel(r.grade) });
		case 'demote':
			return t('{year} 年{grade}，不称职票占 {share}', { year, grade: gradeLabel(r.grade), share: f.percent1(r.incompetent_share) });
		case 'admonish':
			return t('优秀和称职票占 {share}，低于 {limit}', { share: f.percent1(r.approval_share), limit: f.percent1(r.policy_value) });
		case 'transfer':
			return t('改非意向 {a}，降职意向 {b}；反向测评预警 {n} 项{aspects}', {
				a: f.percent1(r.non_leadership_share),
				b: f.percent1(r.demote_share),
				n: r.flags,
				aspects: r.flagged_aspects ? t('（{list}）', { list: r.flagged_aspects }) : ''
			});
		case 'promote':
			return t('提拔意向 {share}，综合得分 {score}', { share: f.percent1(r.promote_share), score: f.score(r.composite_score) });
		case 'honour_team':
			return t('班子民主测评“{band}”，综合得分 {score}，等次{grade}', { band: label(TEAM_BANDS, r.team_band), score: f.score(r.composite_score), grade: gradeLabel(r.grade) });
		default:
			return t('{grade}，综合得分 {score}', { grade: gradeLabel(r.grade), score: f.score(r.composite_score) });
	}
}
