// Changing a cadre's final grade (区委常委会审定) after the import: the row of final_grades is
// replaced and the year's rules run again (grades, and the alerts of that year and the next, which
// look at two years of grades), in one transaction. A later re-import of the year's bundle
// replaces it with the bundle's final grades.
import type { Warehouse } from './db.js';
import { query } from './queries.js';
import { recompute } from './recompute.js';

export interface GradeChange {
	suggested: string;
	before: string | null;
	after: string | null;
}

export class NoSuchCadreYear extends Error {}

export async function setFinalGrade(wh: Warehouse, year: number, cadre: string, grade: string | null): Promise<GradeChange> {
	return wh.transaction(async (c) => {
		const [row] = (await c.runAndReadAll(query('grades/current'), { year, cadre })).getRowObjectsJS() as { suggested_grade: string; final_grade: string | null }[];
		if (!row) throw new NoSuchCadreYear(`${year} 年度没有干部 ${cadre}。`);
		await c.run(query('grades/final_remove'), { year, cadre });
		if (grade !== null) await c.run(query('grades/final_insert'), { year, cadre, grade });
		await recompute(c, [year]);
		return { suggested: row.suggested_grade, before: row.final_grade, after: grade };
	});
}
