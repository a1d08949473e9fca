// queries/rules/reverse_shares.sql — rule 12.
import { describe, expect, it } from 'vitest';
import { tinyPolicy, unitsBundle } from '../helpers/bundle.js';
import { rows, warehouseWith } from '../helpers/warehouse.js';

describe('reverse shares', () => {
	it('divides ticks by participants to 4 decimals, flags at flag_share with >=, never flags usage intents', async () => {
		const policy = tinyPolicy();
		(policy.reverse as Record<string, unknown>).flag_share = 0.25;
		const wh = await warehouseWith(
			unitsBundle(
				2007,
				[
					{ id: 'A', group: 'D1', points: [55, 40] },
					{ id: 'B', group: 'D1', points: [55, 40] }
				],
				{
					'team_reverse.csv': [['单位编码', '参评人数', '团结协作不好'], ['A', 4, 1], ['B', 0, 0]],
					'cadre_reverse.csv': [
						['cadre_id', 'participants', 'theory', 'promote', 'retain', 'non_leadership', 'demote'],
						['A-s', 32, 1, 20, 10, 1, 1]
					]
				},
				policy
			)
		);
		expect(await rows(wh, 'SELECT subject, unit_id, cadre_id, aspect_id, participants, ticks, share, flagged FROM reverse_shares ORDER BY subject, unit_id, aspect_id')).toEqual([
			{ subject: 'cadre', unit_id: 'A', cadre_id: 'A-s', aspect_id: 'demote', participants: 32, ticks: 1, share: 0.0313, flagged: null },
			{ subject: 'cadre', unit_id: 'A', cadre_id: 'A-s', aspect_id: 'non_leadership', participants: 32, ticks: 1, share: 0.0313, flagged: null },
			{ subject: 'cadre', unit_id: 'A', cadre_id: 'A-s', aspect_id: 'promote', participants: 32, ticks: 20, share: 0.625, flagged: null },
			{ subject: 'cadre', unit_id: 'A', cadre_id: 'A-s', aspect_id: 'retain', participants: 32, ticks: 10, share: 0.3125, flagged: null },
			{ subject: 'cadre', unit_id: 'A', cadre_id: 'A-s', aspect_id: 'theory', participants: 32, ticks: 1, share: 0.0313, flagged: false },
			{ subject: 'team', unit_id: 'A', cadre_id: null, aspect_id: 'unity', participants: 4, ticks: 1, share: 0.25, flagged: true },
			{ subject: 'team', unit_id: 'B', cadre_id: null, aspect_id: 'unity', participants: 0, ticks: 0, share: 0, flagged: false }
		]);
	});

	it('takes any aspect id the policy allows, even one a staging table uses itself (line, rowid, first)', async () => {
		const policy = tinyPolicy();
		policy.reverse = {
			team_aspects: [
				{ id: 'line', name: '行' },
				{ id: 'rowid', name: '行标识' }
			],
			cadre_aspects: [{ id: 'first', name: '首' }],
			flag_share: 0.5
		};
		const wh = await warehouseWith(
			unitsBundle(2007, [{ id: 'A', group: 'D1', points: [55, 40] }], {
				'team_reverse.csv': [['unit_id', 'participants', 'line', 'rowid'], ['A', 4, 2, 1]],
				'cadre_reverse.csv': [['cadre_id', 'participants', 'first', 'promote', 'retain', 'non_leadership', 'demote'], ['A-s', 10, 5, 1, 1, 1, 1]]
			}, policy)
		);
		expect(await rows(wh, "SELECT subject, aspect_id, ticks, flagged FROM reverse_shares WHERE aspect_id IN ('line', 'rowid', 'first') ORDER BY subject, aspect_id")).toEqual([
			{ subject: 'cadre', aspect_id: 'first', ticks: 5, flagged: true },
			{ subject: 'team', aspect_id: 'line', ticks: 2, flagged: true },
			{ subject: 'team', aspect_id: 'rowid', ticks: 1, flagged: false }
		]);
	});
});
