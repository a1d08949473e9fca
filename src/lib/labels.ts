// Chinese labels and colours shared by every page and chart, so a grade looks the same everywhere.
import { CADRE_GRADES, TEAM_BANDS, UNIT_GRADE_LABELS, USAGE_INTENTS, ROLES } from './bundle/tables.js';

export { CADRE_GRADES, TEAM_BANDS, UNIT_GRADE_LABELS, USAGE_INTENTS, ROLES };

export const CATEGORY_LABELS: Record<string, string> = { department: '区级部门', township: '街道镇乡' };

/** Unit grades from best to worst, and their colours (green for the best, red for 不达标). */
export const UNIT_GRADE_ORDER = ['outstanding', 'excellent', 'qualified', 'basically_qualified', 'unqualified'] as const;
export const UNIT_GRADE_COLORS: Record<string, string> = {
	outstanding: '#1a7f37',
	excellent: '#4fa35a',
	qualified: '#6e94c2',
	basically_qualified: '#d4a72c',
	unqualified: '#cf222e'
};

export const CADRE_GRADE_ORDER = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export const CADRE_GRADE_COLORS: Record<string, string> = {
	excellent: '#1a7f37',
	competent: '#6e94c2',
	basically_competent: '#d4a72c',
	incompetent: '#cf222e'
};

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
