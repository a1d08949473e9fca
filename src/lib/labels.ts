// Chinese labels and colours shared by every page and chart, so a grade looks the same everywhere.
import { CADRE_GRADES, TEAM_BANDS, UNIT_GRADE_LABELS, USAGE_INTENTS, ROLES } from './bundle/tables.js';

export { CADRE_GRADES, TEAM_BANDS, UNIT_GRADE_LABELS, USAGE_INTENTS, ROLES };

export const CATEGORY_LABELS: Record<string, string> = { department: '区级部门', township: '街道镇乡' };

/**
 * The grade colours, best to worst: one ordinal ramp from deep blue through grey to brick red,
 * whose neighbours stay apart for readers with red–green colour blindness too (labels.test.ts
 * simulates deuteranopia and protanopia). The cadre grades take the ramp from 优秀 down, so a
 * grade named alike (优秀) has one colour on both scales and 特优 one of its own.
 */
const GRADE_RAMP = ['#1f4e99', '#5b9bd5', '#a9b4bf', '#e8a33d', '#b8321a'] as const;

/** Unit grades from best to worst, and their colours. */
export const UNIT_GRADE_ORDER = ['outstanding', 'excellent', 'qualified', 'basically_qualified', 'unqualified'] as const;
export const UNIT_GRADE_COLORS: Record<string, string> = Object.fromEntries(UNIT_GRADE_ORDER.map((g, i) => [g, GRADE_RAMP[i]!]));

export const CADRE_GRADE_ORDER = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export const CADRE_GRADE_COLORS: Record<string, string> = Object.fromEntries(CADRE_GRADE_ORDER.map((g, i) => [g, GRADE_RAMP[i + 1]!]));

export const ALERT_LABELS: Record<string, string> = {
	bottom_two_consecutive: '连续两年列后两名',
	basically_competent_consecutive: '连续两年基本称职',
	incompetent: '不称职',
	incompetent_consecutive: '连续两年不称职',
	admonition: '诫勉谈话'
};

/** Plot's colour scale for unit grades: the Chinese labels in order, with their colours. */
export function unitGradeScale() {
	return {
		domain: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_LABELS[g]),
		range: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_COLORS[g]!)
	};
}
