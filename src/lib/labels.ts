// Chinese labels and colours shared by every page and chart, so a grade looks the same everywhere:
// the names pages and charts import, each taken from the one vocabulary (src/lib/vocabulary/).
import { ALERT_KINDS, CADRE_GRADES as CADRE, CATEGORIES, ROLES as ROLE_LIST, SUBJECTS, TEAM_BANDS as BANDS, TRAINING_SOURCES, UNIT_GRADES, USAGE_INTENTS as INTENTS } from './vocabulary/index.js';

/** Code → Chinese label. */
export const CADRE_GRADES = CADRE.labels;
export const TEAM_BANDS = BANDS.labels;
export const UNIT_GRADE_LABELS = UNIT_GRADES.labels;
export const USAGE_INTENTS = INTENTS.labels;
export const ROLES = ROLE_LIST.labels;
export const CATEGORY_LABELS: Readonly<Record<string, string>> = CATEGORIES.labels;
export const ALERT_LABELS: Readonly<Record<string, string>> = ALERT_KINDS.labels;
export const SUBJECT_LABELS: Readonly<Record<string, string>> = SUBJECTS.labels;
export const TRAINING_SOURCE_LABELS = TRAINING_SOURCES.labels;

/** Unit grades from best to worst, and their colours (the ramp of src/lib/vocabulary/). */
export const UNIT_GRADE_ORDER = UNIT_GRADES.codes;
export const UNIT_GRADE_COLORS: Readonly<Record<string, string>> = UNIT_GRADES.colors;

export const CADRE_GRADE_ORDER = CADRE.codes;
export const CADRE_GRADE_COLORS: Readonly<Record<string, string>> = CADRE.colors;

/** Plot's colour scale for unit grades: the Chinese labels in order, with their colours. */
export function unitGradeScale() {
	return {
		domain: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_LABELS[g]),
		range: UNIT_GRADE_ORDER.map((g) => UNIT_GRADE_COLORS[g]!)
	};
}
