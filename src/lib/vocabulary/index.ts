// The code lists of the domain, each defined once: codes as CONTRACT.md fixes them (never change
// one), with their Chinese and English labels, order and colours. queries/schema/vocabulary.sql
// is generated from these lists (sql.ts; vocabulary.test.ts fails when it is out of date).
import { codeList, type Term } from './code-list.js';

export { codeList, type CodeList, type Term } from './code-list.js';

/**
 * The grade colours, best to worst: one ordinal ramp from deep blue through grey to brick red,
 * whose neighbours stay apart for readers with red–green colour blindness too (labels.test.ts
 * simulates deuteranopia and protanopia). The cadre grades take the ramp from 优秀 down, so a
 * grade named alike (优秀) has one colour on both scales and 特优 one of its own.
 */
export const GRADE_RAMP = ['#1f4e99', '#5b9bd5', '#a9b4bf', '#e8a33d', '#b8321a'] as const;

/** Unit grades (单位等次), best first. */
export const UNIT_GRADES = codeList('unit_grade', [
	{ code: 'outstanding', zh: '特优', en: 'Outstanding', color: GRADE_RAMP[0] },
	{ code: 'excellent', zh: '优秀', en: 'Excellent', color: GRADE_RAMP[1] },
	{ code: 'qualified', zh: '达标', en: 'Qualified', color: GRADE_RAMP[2] },
	{ code: 'basically_qualified', zh: '基本达标', en: 'Basically qualified', color: GRADE_RAMP[3] },
	{ code: 'unqualified', zh: '不达标', en: 'Unqualified', color: GRADE_RAMP[4] }
]);

/** Cadre grades (干部等次), best first; also the bands of a cadre's democratic score. */
export const CADRE_GRADES = codeList('cadre_grade', [
	{ code: 'excellent', zh: '优秀', en: 'Excellent', color: GRADE_RAMP[1] },
	{ code: 'competent', zh: '称职', en: 'Competent', color: GRADE_RAMP[2] },
	{ code: 'basically_competent', zh: '基本称职', en: 'Basically competent', color: GRADE_RAMP[3] },
	{ code: 'incompetent', zh: '不称职', en: 'Incompetent', color: GRADE_RAMP[4] }
]);

/** Bands of a team's democratic score (and the four ballot columns of team_ballots.csv), best first. */
export const TEAM_BANDS = codeList('team_band', [
	{ code: 'good', zh: '好', en: 'Good' },
	{ code: 'fairly_good', zh: '较好', en: 'Fairly good' },
	{ code: 'average', zh: '一般', en: 'Average' },
	{ code: 'poor', zh: '差', en: 'Poor' }
]);

/** Cadre roles (职务类别); `principal` marks the principal leaders (党政主要负责人). */
export const ROLES = codeList('role', [
	{ code: 'party_secretary', zh: '党委书记', en: 'Party secretary', principal: true },
	{ code: 'administrative_head', zh: '行政主要负责人', en: 'Administrative head', principal: true },
	{ code: 'member', zh: '班子成员', en: 'Team member', principal: false }
]);

/** The roles of the principal leaders, in order. */
export const PRINCIPAL_ROLES = ROLES.terms.filter((t) => t.principal).map((t) => t.code);

/** Unit categories (类别), in the order pages list them. */
export const CATEGORIES = codeList('category', [
	{ code: 'department', zh: '区级部门', en: 'District departments' },
	{ code: 'township', zh: '街道镇乡', en: 'Streets, towns and townships' }
]);

/** Alert kinds (预警), in the order pages list them. */
export const ALERT_KINDS = codeList('alert_kind', [
	{ code: 'bottom_two_consecutive', zh: '连续两年列后两名', en: 'In the bottom two two years running' },
	{ code: 'basically_competent_consecutive', zh: '连续两年基本称职', en: 'Basically competent two years running' },
	{ code: 'incompetent', zh: '不称职', en: 'Incompetent' },
	{ code: 'incompetent_consecutive', zh: '连续两年不称职', en: 'Incompetent two years running' },
	{ code: 'admonition', zh: '诫勉谈话', en: 'Admonition (too few excellent and competent votes)' }
]);

/** Subjects of an evaluation (reverse_shares, comments): a team or a cadre. */
export const SUBJECTS = codeList('subject', [
	{ code: 'team', zh: '领导班子', en: 'Leadership team' },
	{ code: 'cadre', zh: '领导干部', en: 'Cadre' }
]);

/** Usage intents of a cadre's reverse evaluation (cadre_reverse.csv's last four columns). */
export const USAGE_INTENTS = codeList('usage_intent', [
	{ code: 'promote', zh: '提拔', en: 'Promote' },
	{ code: 'retain', zh: '继任', en: 'Retain' },
	{ code: 'non_leadership', zh: '改非', en: 'Non-leading post' },
	{ code: 'demote', zh: '降职', en: 'Demote' }
]);

/** Sources of a training need (training_needs.source). */
export const TRAINING_SOURCES = codeList('training_source', [
	{ code: 'democratic', zh: '民主测评', en: 'Democratic evaluation' },
	{ code: 'reverse', zh: '反向测评', en: 'Reverse evaluation' }
]);

/** Every code list, for the SQL macros and the English dictionary. */
export const VOCABULARY = [UNIT_GRADES, CADRE_GRADES, TEAM_BANDS, ROLES, CATEGORIES, ALERT_KINDS, SUBJECTS, USAGE_INTENTS, TRAINING_SOURCES] as const;

export type UnitGrade = (typeof UNIT_GRADES.codes)[number];
export type CadreGrade = (typeof CADRE_GRADES.codes)[number];
export type TeamBand = (typeof TEAM_BANDS.codes)[number];
export type Role = (typeof ROLES.codes)[number];
export type Category = (typeof CATEGORIES.codes)[number];
export type AlertKind = (typeof ALERT_KINDS.codes)[number];

/** Chinese label → English label of every term (part of the English dictionary, src/lib/i18n/en/). */
export const VOCABULARY_EN: Record<string, string> = Object.fromEntries(
	VOCABULARY.flatMap((list) => (list.terms as readonly Term[]).map((t) => [t.zh, t.en]))
);
