// A small warehouse for /use where every action kind is planted: two years (2007, 2008) of five
// department units, each cadre's ballots chosen so that its grade, alerts and usage intents are
// known; D-clean is an ordinary 称职 member that must raise nothing.
import { tinyPolicy, unitsBundle, type TestBundle, type UnitSpec } from '../helpers/bundle.js';

const FAIR: [number, number, number, number] = [0, 10, 0, 0]; // team 80: 较好
const EXCELLENT: [number, number, number, number] = [10, 0, 0, 0];
const COMPETENT: [number, number, number, number] = [0, 10, 0, 0];
const BASIC: [number, number, number, number] = [0, 0, 10, 0];
const INCOMPETENT: [number, number, number, number] = [0, 0, 0, 10];

export const PLANT_POLICY = tinyPolicy({ cadre_rules: { admonish_share_below: 0.5 } });

export function plantedYear(year: 2007 | 2008, teamComment?: string): TestBundle {
	const units: UnitSpec[] = [
		// A and B: the bottom two of the pool both years → 职务调整 of their principal leaders
		{ id: 'A', group: 'D1', points: [30, 30], team: FAIR, cadres: [{ id: 'A-s', role: 'party_secretary', ballots: COMPETENT }] },
		{ id: 'B', group: 'D1', points: [30, 31], team: FAIR, cadres: [{ id: 'B-s', role: 'party_secretary', ballots: COMPETENT }] },
		// C: a 好 team; C-m an 优秀 member with a strong 提拔 intent
		{ id: 'C', group: 'D1', points: [50, 40], team: EXCELLENT.slice() as typeof EXCELLENT, cadres: [{ id: 'C-s', role: 'party_secretary', ballots: EXCELLENT }, { id: 'C-m', ballots: EXCELLENT }] },
		{
			id: 'D',
			group: 'D1',
			points: [50, 38],
			team: FAIR,
			cadres: [
				{ id: 'D-clean', ballots: COMPETENT },
				{ id: 'D-basic', ballots: BASIC }, // 基本称职 both years
				{ id: 'D-inc', ballots: INCOMPETENT }, // 不称职 both years
				{ id: 'D-adm', ballots: year === 2008 ? [2, 2, 6, 0] : COMPETENT }, // approval 0.4 < 0.5 in 2008
				{ id: 'D-tr', ballots: COMPETENT } // 改非 and 降职 intents
			]
		}
	];
	const b = unitsBundle(year, units, {
		'cadre_reverse.csv': [
			['cadre_id', 'participants', 'theory', 'promote', 'retain', 'non_leadership', 'demote'],
			['C-m', 10, 0, 6, 4, 0, 0],
			['D-clean', 10, 0, 1, 9, 0, 0],
			['D-tr', 10, 0, 0, 6, 2, 2]
		],
		'team_reverse.csv': [
			['unit_id', 'participants', 'unity'],
			['A', 10, 5], // flagged both years: a weakness that came back
			['B', 10, year === 2007 ? 5 : 0]
		],
		...(teamComment ? { 'team_comments.csv': [['unit_id', 'comment'], ['D', teamComment]] } : {})
	}, PLANT_POLICY);
	return b;
}
