// Pieces shared by the unit dossier (/units/<id>) and the cadre dossier (/cadres/<id>): the 404 for
// an id the warehouse does not hold, the years of the warehouse with a subject present or absent,
// and the reverse evaluation (反向测评) as a table of years × aspects.
import { error } from '@sveltejs/kit';
import type { QueryRow } from '../warehouse/typed.js';

/** One row of queries/site/dossier/reverse.sql (a team's or a cadre's). */
export type ReverseRow = QueryRow<'site/dossier/reverse'>;

/** Reverse evaluation as a table: one line per year (latest first), one column per aspect (by name, in the policy's order). */
export interface ReverseTable {
	aspects: string[];
	lines: { year: number; participants: number; flag_share: number | null; cells: Record<string, ReverseRow> }[];
}

export function reverseTable(rows: ReverseRow[]): ReverseTable {
	const order = new Map<string, number>();
	for (const r of rows) order.set(r.aspect_name, Math.min(order.get(r.aspect_name) ?? Infinity, r.position));
	const aspects = [...order].sort((a, b) => a[1] - b[1]).map(([name]) => name);
	const byYear = new Map<number, ReverseTable['lines'][number]>();
	for (const r of rows) {
		let line = byYear.get(r.year);
		if (!line) byYear.set(r.year, (line = { year: r.year, participants: r.participants, flag_share: r.flag_share, cells: {} }));
		line.cells[r.aspect_name] = r;
	}
	return { aspects, lines: [...byYear.values()].sort((a, b) => b.year - a.year) };
}

/**
 * Every year of the warehouse, latest first: whether the subject is present, and whether it is
 * new that year (present, and the warehouse's year before it did not have it).
 */
export function presence(present: number[], years: number[]): { year: number; present: boolean; isNew: boolean }[] {
	const has = new Set(present);
	const sorted = [...new Set([...years, ...present])].sort((a, b) => a - b);
	return sorted
		.map((year, i) => ({ year, present: has.has(year), isNew: has.has(year) && i > 0 && !has.has(sorted[i - 1]!) }))
		.reverse();
}

/** Throws the Chinese 404 for an id the warehouse does not hold (the error page links to search). */
export function notFound(kind: '单位' | '干部', id: string): never {
	const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
	error(404, { message: `数据仓库中没有编码为“${shown}”的${kind}。` });
}

/** Years as runs, for a sentence: [2001, 2002, 2003, 2007] → "2001—2003、2007". */
export function yearRuns(years: number[]): string {
	const runs: [number, number][] = [];
	for (const y of [...years].sort((a, b) => a - b)) {
		const last = runs.at(-1);
		if (last && y === last[1] + 1) last[1] = y;
		else runs.push([y, y]);
	}
	return runs.map(([a, b]) => (a === b ? `${a}` : `${a}—${b}`)).join('、');
}
