// queries/rules/satisfaction.sql — rule 11.
import { describe, expect, it } from 'vitest';
import { unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

describe('satisfaction', () => {
	it('counts unanimous teams and cadres per category, with rates to 4 and means to 2 decimals', async () => {
		const b = unitsBundle(2007, [
			{ id: 'A', group: 'D1', points: [55, 40], team: [10, 0, 0, 0], cadres: [{ id: 'a1', ballots: [10, 0, 0, 0] }, { id: 'a2', ballots: [9, 1, 0, 0] }] },
			{ id: 'B', group: 'D3', points: [55, 40], team: [9, 1, 0, 0], cadres: [{ id: 'b1', ballots: [10, 0, 0, 0] }] },
			{ id: 'C', group: 'D1', points: [55, 40], team: [10, 0, 0, 0], cadres: [] },
			{ id: 'T', group: 'T1', points: [60, 30], team: [8, 2, 0, 0], cadres: [] }
		]);
		// B is unanimous on one aspect only: not unanimous.
		b.files['team_ballots.csv'] = (b.files['team_ballots.csv'] as (string | number)[][]).map((r) =>
			r[0] === 'B' && r[1] === 'politics' ? ['B', 'politics', 10, 0, 0, 0] : r
		);
		const wh = await warehouseWith(b);
		expect(await rows(wh, 'SELECT * FROM satisfaction ORDER BY category')).toEqual([
			{
				year: 2007,
				category: 'department',
				teams: 3,
				teams_unanimous: 2,
				team_unanimous_rate: 0.6667,
				cadres: 3,
				cadres_unanimous: 2,
				cadre_unanimous_rate: 0.6667,
				// teams: 100, (100 + 98) / 2 = 99, 100 → 299 / 3 = 99.666… → 99.67
				mean_team_democratic_score: 99.67,
				// cadres: 100, 98, 100 → 99.33
				mean_cadre_democratic_score: 99.33
			},
			{
				year: 2007,
				category: 'township',
				teams: 1,
				teams_unanimous: 0,
				team_unanimous_rate: 0,
				cadres: 0,
				cadres_unanimous: 0,
				cadre_unanimous_rate: null,
				mean_team_democratic_score: 96,
				mean_cadre_democratic_score: null
			}
		]);
	});
});
