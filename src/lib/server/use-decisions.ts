// What was done (结果运用的落实), server side: the decision an analyst records on an action of a year, kept in the
// state folder (use-decisions.json) beside the accounts, never in the warehouse, so that a
// re-import of the year (which replaces its tables) leaves it. Keyed by year + kind + subject id.
import { readJson, writeJson } from '../auth/state.js';
import { decisionKey, type Decision } from '../use/actions.js';

export type { Decision };

const FILE = 'use-decisions.json';

export function readDecisions(): Decision[] {
	return readJson<Decision[]>(FILE, []);
}


/** Records a decision, replacing an earlier one with the same key; returns the one it replaced. */
export function recordDecision(d: Decision): Decision | undefined {
	const all = readDecisions();
	const key = decisionKey(d);
	const i = all.findIndex((x) => decisionKey(x) === key);
	const before = i >= 0 ? all[i] : undefined;
	if (i >= 0) all[i] = d;
	else all.push(d);
	writeJson(FILE, all);
	return before;
}

/** The decisions of one subject (a cadre or a team), newest year first: for its dossier. */
export function decisionsOf(subject: 'cadre' | 'team', id: string): Decision[] {
	return readDecisions()
		.filter((d) => d.subject === subject && d.subject_id === id)
		.sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind));
}
