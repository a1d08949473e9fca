// The summary's figures (src/lib/summary/Summary.svelte) on the shared site: the teams' unanimity
// rate of each year and category, the cadres' over all categories and the bonuses per grade, as
// the warehouse has them — a rate from the counts (unanimous / all, as a percentage with one
// decimal, not rule 11's 4-decimal rate rounded again), the money exactly to the fen.
import { beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { sharedSite, type Site } from '../helpers/site.js';

let site: Site;
let html: string;
const YEAR = 2009;

beforeAll(async () => {
	site = sharedSite();
	const res = await site.get(`/summary/${YEAR}/internal`, { role: 'analyst' });
	expect(res.status).toBe(200);
	html = (await res.text()).replace(/<!--[^>]*-->/g, '');
});

async function stored<T>(sql: string, params: Record<string, number>): Promise<T[]> {
	const wh = await Warehouse.open(site.db, { readOnly: true });
	try {
		return await wh.all<T>(sql, params);
	} finally {
		wh.close();
	}
}

/** The text of the element with `attr` after `from`, up to its closing tag. */
function cell(from: string, attr: string): string {
	const s = html.indexOf(from);
	expect(s, from).toBeGreaterThan(-1);
	const i = html.indexOf(attr, s);
	expect(i, attr).toBeGreaterThan(-1);
	const open = html.indexOf('>', i) + 1;
	return html.slice(open, html.indexOf('</', open));
}

/** u / n as a percentage rounded half away from zero to one decimal, in integers. */
function percent1(u: bigint, n: bigint): string {
	const q = (2000n * u + n) / (2n * n);
	return `${q / 10n}.${q % 10n}%`;
}

describe('the summary', () => {
	it('gives each year’s 好 unanimity rate of the teams of each category from the counts', async () => {
		const rows = await stored<{ year: number; category: string; u: bigint; n: bigint }>(
			'SELECT year, category, teams_unanimous::BIGINT AS u, teams::BIGINT AS n FROM satisfaction WHERE year <= $year AND teams > 0 ORDER BY year, category',
			{ year: YEAR }
		);
		expect(rows.length).toBeGreaterThanOrEqual(YEAR - 2000);
		for (const { year, category, u, n } of rows)
			expect([year, category, cell(`data-year="${year}"`, `data-col="team-rate" data-category="${category}"`)]).toEqual([year, category, percent1(u, n)]);
	});

	it('gives each year’s 优秀 unanimity rate of all cadres from the counts', async () => {
		const years = await stored<{ year: number; u: bigint; n: bigint }>(
			'SELECT year, sum(cadres_unanimous) AS u, sum(cadres) AS n FROM satisfaction WHERE year <= $year GROUP BY year ORDER BY year',
			{ year: YEAR }
		);
		expect(years.length).toBe(YEAR - 2000);
		for (const { year, u, n } of years) {
			expect(n).toBeGreaterThan(0n);
			expect([year, cell(`data-year="${year}"`, 'data-col="cadre-rate"')]).toEqual([year, percent1(u, n)]);
		}
	});

	it('gives the bonus of each grade and of the year to the fen', async () => {
		const sums = await stored<{ grade: string | null; total: string }>(
			'SELECT grade, sum(total_bonus)::VARCHAR AS total FROM rewards WHERE year = $year GROUP BY GROUPING SETS ((grade), ())',
			{ year: YEAR }
		);
		expect(sums.length).toBeGreaterThan(2);
		for (const { grade, total } of sums) {
			const [int, frac = ''] = total.split('.');
			const want = `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')}`;
			expect([grade, cell('目标考核奖励', `data-grade="${grade ?? 'all'}"`)]).toEqual([grade, want]);
		}
	});
});
