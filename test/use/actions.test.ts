// queries/use/*.sql — 结果运用: each action kind is found with the figures it rests on, in a
// warehouse where each is planted (plant.ts), and an ordinary 称职 cadre raises nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { rows, warehouseWith } from '../helpers/warehouse.js';
import { plantedYear } from './plant.js';
import type { Warehouse } from '../../src/lib/warehouse/db.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { ACTION_KINDS, USE_PARAMS, kindParams, type ActionKind, type UseParams } from '../../src/lib/use/actions.js';

let wh: Warehouse;
beforeAll(async () => {
	wh = await warehouseWith(plantedYear(2007), plantedYear(2008, '班子团结有待加强'));
});

const DEFAULTS = Object.fromEntries(Object.entries(USE_PARAMS).map(([k, p]) => [k, p.default])) as UseParams;
const PARAMS: UseParams = { ...DEFAULTS, training_top: 1 };
const list = (kind: ActionKind, params = PARAMS) => rows(wh, query(`use/${kind}`), kindParams(kind, 2008, params));
const ids = async (kind: ActionKind, params = PARAMS) => (await list(kind, params)).map((r) => r.subject_id);

describe('personnel actions of a year', () => {
	it('职务调整 for the principal leaders of a unit in the bottom two twice, with both ranks and the size', async () => {
		const r = await list('adjust_bottom_two');
		expect(r.map((x) => [x.subject_id, x.unit_id, x.prev_bottom_rank, x.bottom_rank, x.policy_value])).toEqual([
			['A-s', 'A', 1, 1, 2],
			['B-s', 'B', 2, 2, 2]
		]);
	});

	it('职务调整 for 基本称职 twice, 降职 for 不称职 and 免职 for 不称职 twice, with the grades', async () => {
		expect((await list('adjust_basically_competent')).map((x) => [x.subject_id, x.prev_grade, x.grade])).toEqual([
			// A's and B's secretaries are 基本称职 both years too (their units' low targets)
			['A-s', 'basically_competent', 'basically_competent'],
			['B-s', 'basically_competent', 'basically_competent'],
			['D-basic', 'basically_competent', 'basically_competent']
		]);
		expect((await list('demote')).map((x) => [x.subject_id, x.grade, x.incompetent_share])).toEqual([['D-inc', 'incompetent', 1]]);
		expect((await list('dismiss')).map((x) => [x.subject_id, x.prev_grade, x.grade])).toEqual([['D-inc', 'incompetent', 'incompetent']]);
	});

	it('诫勉谈话 below the policy share, with the share and the threshold', async () => {
		expect((await list('admonish')).map((x) => [x.subject_id, x.approval_share, x.policy_value])).toEqual([
			['D-basic', 0, 0.5],
			['D-inc', 0, 0.5],
			['D-adm', 0.4, 0.5]
		]);
	});

	it('转岗/改非 and 提拔 leads by the page thresholds, which move them', async () => {
		expect((await list('transfer')).map((x) => [x.subject_id, x.non_leadership_share, x.demote_share])).toEqual([['D-tr', 0.2, 0.2]]);
		expect(await ids('transfer', { ...PARAMS, transfer_share_min: 0.5 })).toEqual([]);
		expect((await list('promote')).map((x) => [x.subject_id, x.grade, x.promote_share])).toEqual([['C-m', 'excellent', 0.6]]);
		expect(await ids('promote', { ...PARAMS, promote_share_min: 0.7 })).toEqual([]);
	});

	it('priority lists: 好 teams, 优秀 cadres by composite score, training above 优秀 first, each cut at its parameter', async () => {
		expect((await list('honour_team')).map((x) => [x.subject, x.subject_id, x.team_band])).toEqual([['team', 'C', 'good']]);
		expect((await list('honour_cadre')).map((x) => [x.subject_id, x.composite_score])).toEqual([
			['C-m', 96],
			['C-s', 94]
		]);
		expect(await ids('honour_cadre', { ...PARAMS, honour_top: 1 })).toEqual(['C-m']);
		expect(await ids('training_above')).toEqual(['C-m']);
		// past the 优秀 cadres come the 称职, by composite score
		expect((await ids('training_above', { ...PARAMS, training_top: 3 }))[2]).not.toMatch(/^C-/);
	});

	it('raises nothing for an ordinary 称职 cadre', async () => {
		for (const kind of Object.keys(ACTION_KINDS) as ActionKind[]) {
			if (kind === 'training_above') continue; // the 称职 come after the 优秀, cut at training_top = 1
			expect(await ids(kind), kind).not.toContain('D-clean');
		}
		expect(await ids('training_above')).not.toContain('D-clean');
		expect((await rows(wh, query('use/training_plan'), { year: 2008 })).map((r) => r.cadre_id)).not.toContain('D-clean');
	});
});

describe('training plan and rectification', () => {
	it('lists each need with its course and the years the cadre has had it', async () => {
		const plan = await rows(wh, query('use/training_plan'), { year: 2008 });
		const inc = plan.filter((r) => r.cadre_id === 'D-inc');
		expect(inc.map((r) => [r.source, r.aspect_name, r.need_years, r.earlier_years])).toEqual([
			['democratic', '廉洁自律', 2, '2007'],
			['democratic', '工作实绩', 2, '2007']
		]);
	});

	it("names each team's flagged weaknesses and comments, and those flagged again", async () => {
		const r = await rows(wh, query('use/rectification'), { year: 2008 });
		expect(r.map((x) => [x.unit_id, x.flagged, x.prev_flagged, x.repeated, x.comment])).toEqual([
			['A', '团结协作不好', '团结协作不好', '团结协作不好', null],
			['B', null, '团结协作不好', null, null],
			['D', null, null, null, '班子团结有待加强']
		]);
	});
});
