// A year bundle after every check of CONTRACT.md: its year and policy, and its rows staged in a
// DuckDB file of the warehouse's schema (ids resolved to policy ids, enumerations to codes, counts
// to numbers), which the importer copies into the warehouse (src/lib/warehouse/staging.ts).
import type { Policy } from '../policy/schema.js';

export interface Bundle {
	year: number;
	policy: Policy;
	/** `bundle` when the bundle carried its own policy.json, else the project file used. */
	policySource: string;
	checksum: string;
	/** The staging file holding the year's rows (and its policy rows). */
	staged: string;
	/** The temporary folder of the staging file, removed with it; undefined when the caller chose the file. */
	stagedDir?: string;
	/** Rows staged, in all and by year table. */
	rows: number;
	counts: Record<string, number>;
	/** PK votes with where they are, for the candidacy check once the rules are computed. */
	pkVotes: { unit_id: string; votes: number; line: number; file: string }[];
	/** Non-fatal notes (ignored columns), for stderr. */
	warnings: string[];
}
