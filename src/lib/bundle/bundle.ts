// A year bundle after every check of CONTRACT.md: ids resolved to policy ids, enumerations to
// codes, counts to numbers, points kept as exact decimal text. This is what the importer loads.
import type { Policy } from '../policy/schema.js';

export interface Bundle {
	year: number;
	policy: Policy;
	/** `bundle` when the bundle carried its own policy.json, else the project file used. */
	policySource: string;
	checksum: string;
	units: { unit_id: string; name: string; group_id: string; template: string; staff: number }[];
	cadres: { cadre_id: string; name: string; unit_id: string; role: string }[];
	targetScores: { unit_id: string; item_id: string; points: string }[];
	vetoes: { unit_id: string; item_id: string; reason: string }[];
	/** counts in the order good, fairly_good, average, poor */
	teamBallots: { unit_id: string; aspect_id: string; rater_group: string | null; counts: number[] }[];
	/** counts in the order excellent, competent, basically_competent, incompetent */
	cadreBallots: { cadre_id: string; aspect_id: string; rater_group: string | null; counts: number[] }[];
	/** one row per unit and reverse aspect */
	teamReverse: { unit_id: string; aspect_id: string; participants: number; ticks: number }[];
	/** one row per cadre and reverse aspect or usage intent (promote, retain, non_leadership, demote) */
	cadreReverse: { cadre_id: string; aspect_id: string; participants: number; ticks: number }[];
	pkVotes: { unit_id: string; votes: number; line: number; file: string }[];
	finalGrades: { cadre_id: string; grade: string }[];
	/** periodic_scores.csv (second edition); points as exact decimal text */
	periodicScores: { unit_id: string; period: string; points: string }[];
	/** team_comments.csv and cadre_comments.csv (second edition), trimmed */
	teamComments: { unit_id: string; comment: string }[];
	cadreComments: { cadre_id: string; comment: string }[];
	/** Non-fatal notes (ignored columns), for stderr. */
	warnings: string[];
}
