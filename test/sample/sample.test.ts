// The shipped sample district (data/sample/bundles), imported as `npm start` does: it holds the
// district's published satisfaction figures and shows every rule at work.
import { beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { importFolder } from '../../src/lib/warehouse/import-folder.js';
import { projectPath } from '../../src/lib/paths.js';
import { rows } from '../helpers/warehouse.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { defaultQualityParams } from '../../src/lib/quality/params.js';

let wh: Warehouse;
beforeAll(async () => {
	wh = await Warehouse.open(':memory:');
	await importFolder(wh, projectPath('data', 'sample', 'bundles'));
});

const one = async (sql: string) => (await rows(wh, sql))[0]!;

describe('the sample district', () => {
	it('has 86 departments in three groups and 30 townships in groups of 5, 12 and 13, every year 2001–2010', async () => {
		expect(await rows(wh, 'SELECT group_id, count(*) AS n FROM unit_results WHERE year = 2007 GROUP BY 1 ORDER BY 1')).toEqual([
			{ group_id: 'D1', n: 28 },
			{ group_id: 'D2', n: 40 },
			{ group_id: 'D3', n: 18 },
			{ group_id: 'T1', n: 5 },
			{ group_id: 'T2', n: 12 },
			{ group_id: 'T3', n: 13 }
		]);
		expect(await rows(wh, 'SELECT DISTINCT year FROM unit_results ORDER BY 1')).toHaveLength(10);
		// 5–9 cadres a team (fewer only in the year a unit's principal posts are vacant)
		const size = await one("SELECT min(n) FILTER (WHERE principals > 0) AS lo, max(n) AS hi FROM (SELECT count(*) AS n, count(*) FILTER (WHERE principal) AS principals FROM cadre_results GROUP BY year, unit_id)");
		expect(size).toEqual({ lo: 5, hi: 9 });
	});

	it('matches the published figures: 2001 under 20% of teams and 10% of cadres unanimous', async () => {
		const r = await one('SELECT sum(teams_unanimous) / sum(teams) AS teams, sum(cadres_unanimous) / sum(cadres) AS cadres FROM satisfaction WHERE year = 2001');
		expect(r.teams).toBeLessThan(0.2);
		expect(r.cadres).toBeLessThan(0.1);
	});

	it('matches the published figures: 2007 townships 88.2%, departments 61.2%, cadres 41.3%, each within 2 points', async () => {
		const s = await rows(wh, 'SELECT category, team_unanimous_rate AS rate FROM satisfaction WHERE year = 2007 ORDER BY 1');
		expect(Math.abs((s[0]!.rate as number) - 0.612)).toBeLessThanOrEqual(0.02);
		expect(Math.abs((s[1]!.rate as number) - 0.882)).toBeLessThanOrEqual(0.02);
		const c = await one('SELECT sum(cadres_unanimous) / sum(cadres) AS rate FROM satisfaction WHERE year = 2007');
		expect(Math.abs((c.rate as number) - 0.413)).toBeLessThanOrEqual(0.02);
	});

	it('rises from 2001 to 2007 year by year', async () => {
		const r = await rows(wh, 'SELECT year, sum(teams_unanimous) / sum(teams) AS t, sum(cadres_unanimous) / sum(cadres) AS c FROM satisfaction WHERE year <= 2007 GROUP BY 1 ORDER BY 1');
		for (let i = 1; i < r.length; i++) {
			expect(r[i]!.t as number).toBeGreaterThan(r[i - 1]!.t as number);
			expect(r[i]!.c as number).toBeGreaterThan(r[i - 1]!.c as number);
		}
	});

	it('shows every grade, veto, tie, alert kind and the policy changes', async () => {
		const grades = await rows(wh, 'SELECT DISTINCT grade FROM unit_results ORDER BY 1');
		expect(grades.map((g) => g.grade)).toEqual(['basically_qualified', 'excellent', 'outstanding', 'qualified', 'unqualified']);
		expect((await rows(wh, 'SELECT DISTINCT grade FROM cadre_results ORDER BY 1')).map((g) => g.grade)).toEqual([
			'basically_competent',
			'competent',
			'excellent',
			'incompetent'
		]);
		expect((await one('SELECT count(*) AS n FROM unit_results WHERE vetoed')).n).toBeGreaterThan(0);
		expect((await rows(wh, 'SELECT DISTINCT kind FROM alerts ORDER BY 1')).map((a) => a.kind)).toEqual([
			'admonition',
			'basically_competent_consecutive',
			'bottom_two_consecutive',
			'incompetent',
			'incompetent_consecutive'
		]);
		// the second edition from 2008: every national limit changes some suggestion, periodic
		// scores blend in 2010, comments and training needs are there
		expect((await rows(wh, 'SELECT DISTINCT limited_by FROM cadre_results WHERE limited_by IS NOT NULL ORDER BY 1')).map((r) => r.limited_by)).toEqual([
			'excellent_cap',
			'incompetent_share',
			'team_bar'
		]);
		expect((await one('SELECT min(year) AS y FROM unit_results WHERE periodic_score IS NOT NULL')).y).toBe(2008);
		expect((await one('SELECT count(*) AS n FROM unit_results WHERE target_score <> item_score')).n).toBeGreaterThan(0);
		expect((await one("SELECT count(DISTINCT subject) AS n FROM comments WHERE year = 2008")).n).toBe(2);
		expect((await one("SELECT count(*) AS n FROM training_needs WHERE source = 'reverse'")).n).toBeGreaterThan(0);
		// a tie at the PK quota (more candidates than the quota) and a tie inside the bottom two
		expect((await one("SELECT count(*) AS n FROM unit_results WHERE year = 2008 AND category = 'department' AND pk_candidate")).n).toBeGreaterThan(18);
		expect((await one('SELECT count(*) AS n FROM (SELECT year, category FROM unit_results WHERE in_bottom_two GROUP BY ALL HAVING count(*) > 2)')).n).toBeGreaterThan(0);
		expect((await one('SELECT count(*) AS n FROM cadre_results WHERE final_grade IS NOT NULL AND final_grade <> suggested_grade')).n).toBeGreaterThan(0);
		// reverse evaluation from 2004, PK votes from 2006
		expect((await one('SELECT min(year) AS y FROM reverse_shares')).y).toBe(2004);
		expect((await one('SELECT min(year) AS y FROM unit_results WHERE pk_votes IS NOT NULL')).y).toBe(2006);
		expect((await one('SELECT count(*) AS n FROM reverse_shares WHERE flagged')).n).toBeGreaterThan(0);
		// a unit with no principal leader in a year
		expect(
			(await one("SELECT count(*) AS n FROM (SELECT year, unit_id FROM cadre_results GROUP BY ALL HAVING NOT bool_or(principal))")).n
		).toBeGreaterThan(0);
	});

	it('shows each signal of 评议质量 somewhere, and rarely: a few per year among some 800 teams and cadres', async () => {
		const P = defaultQualityParams();
		const found = async (name: string, params: Record<string, number | string> = {}) => {
			const out: number[] = [];
			for (let year = 2001; year <= 2010; year++) out.push((await rows(wh, query(`quality/${name}`), { year, ...params })).length);
			return out;
		};
		const favour = await found('signal_favour_votes', { unanimous: P.unanimous });
		const jump = await found('signal_score_jump', { jump: P.jump });
		const leniency = await found('signal_leniency', { z: P.z });
		const bulk = await found('signal_bulk_ballots');
		for (const [name, perYear, most] of [['favour', favour, 10], ['jump', jump, 10], ['leniency', leniency, 3], ['bulk', bulk, 3]] as const) {
			expect(perYear.some((n) => n > 0), name).toBe(true);
			expect(Math.max(...perYear), name).toBeLessThanOrEqual(most);
		}
		// rater groups far apart (层次分歧) once: a cadre of 2010 whom the district leaders rate far above the staff
		const gap = await found('signal_rater_gap', { gap: P.gap, min_raters: P.min_raters });
		expect(gap).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
		const [apart] = await rows(wh, query('quality/signal_rater_gap'), { year: 2010, gap: P.gap, min_raters: P.min_raters });
		expect([apart!.high_group, apart!.low_group]).toEqual(['区级领导', '干部职工代表']);
		// one bulk-filled ballot set in 2009 (a row per rater group), in one unit
		expect(new Set((await rows(wh, query('quality/signal_bulk_ballots'), { year: 2009 })).map((r) => r.unit_id)).size).toBe(1);
		// a PK decided by one vote, and a cadre whose 不称职 share is too few ballots from the line to be sure
		const pk = await rows(wh, query('quality/pk_margins'), { year: 2010 });
		expect(pk.some((r) => r.votes_margin !== null && Number(r.votes_margin) === 1)).toBe(true);
		let uncertain = 0;
		for (let year = 2001; year <= 2010; year++) uncertain += (await rows(wh, query('quality/sampling'), { year, confidence_z: P.confidence_z })).filter((r) => r.uncertain).length;
		expect(uncertain).toBeGreaterThan(0);
		expect(uncertain).toBeLessThanOrEqual(10);
	});
});
