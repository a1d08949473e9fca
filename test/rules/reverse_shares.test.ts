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
});
