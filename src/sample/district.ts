// Generates a synthetic but realistic district, year by year, as the rows of the contract's CSV
// files. Deterministic for a seed. Calibrated to the district's published figures: in 2001 fewer
// than 20% of teams had a unanimous 好 and fewer than 10% of cadres a unanimous 优秀; in 2007
// 88.2% of the township teams, 61.2% of the department teams and 41.3% of the cadres did. Each
// year exactly the chosen number of teams and cadres are made unanimous, so the rates hold by
// construction. Special cases are planted so that every rule has something to show: vetoes,
// ties at a PK quota and in the bottom two, a unit in the bottom two two years running, cadres
// graded 基本称职 two years running, 不称职, final grades overriding the suggestion, a vacancy.
// From 2008 (the second edition's policy) the ballots are split by rater group, each unit has
// quarterly periodic scores, and the standing committee writes comments on some teams and cadres;
// these are drawn from a random stream of their own, so the rest of 2008–2010 is as before. In
// 2010 one cadre's rater groups are far apart (层次分歧), split from the same stream as the others.
import { Random } from './random.js';
import { COMMENT_PHRASES, D1_UNITS, D2_UNITS, D3_UNITS, GIVEN, RATER_GROUPS, SURNAMES, T1_UNITS, T2_UNITS, T3_UNITS, VETO_REASONS } from './names.js';

export type Cell = string | number;
export type Rows = Record<string, Cell>[];

export interface YearBundle {
	year: number;
	policy: string;
	tables: Record<string, Rows>; // file name → rows keyed by canonical column name
}

export interface DistrictOptions {
	seed?: number;
	years?: number[];
	/** How many districts' worth of units (ids get a district prefix when more than one). */
	districts?: number;
}

const YEARS = [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010];

/** Shares of unanimous teams and cadres by year (the published 2001 and 2007 figures, rising between). */
const UNANIMOUS: Record<number, { department: number; township: number; cadre: number }> = {
	2001: { department: 0.15, township: 0.14, cadre: 0.08 },
	2002: { department: 0.22, township: 0.27, cadre: 0.12 },
	2003: { department: 0.29, township: 0.4, cadre: 0.17 },
	2004: { department: 0.37, township: 0.52, cadre: 0.23 },
	2005: { department: 0.45, township: 0.64, cadre: 0.29 },
	2006: { department: 0.53, township: 0.77, cadre: 0.35 },
	2007: { department: 0.612, township: 0.882, cadre: 0.413 },
	2008: { department: 0.63, township: 0.9, cadre: 0.43 },
	2009: { department: 0.65, township: 0.9, cadre: 0.45 },
	2010: { department: 0.67, township: 0.93, cadre: 0.47 }
};

export function policyFor(year: number): string {
	return year >= 2008 ? 'qianjiang-2008' : year >= 2006 ? 'qianjiang-2006' : year >= 2004 ? 'qianjiang-2004' : 'qianjiang-2001';
}

/** The second edition (qianjiang-2008): rater groups, periodic scores, comments. */
const SECOND_EDITION = 2008;
const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4'];

/** Splits each count of a ballot row over the rater groups; rows that come to 0 are left out. */
function layer(rng: Random, counts: number[]): { group: string; counts: number[] }[] {
	const left = [...counts];
	const out = RATER_GROUPS.map(([id, , share], g) => {
		const last = g === RATER_GROUPS.length - 1;
		const part = left.map((k, i) => {
			const n = last ? k : Math.min(k, Math.max(0, Math.round(counts[i]! * share + rng.normal() * 0.3)));
			left[i] = k - n;
			return n;
		});
		return { group: id, counts: part };
	});
	return out.filter((x) => x.counts.some((n) => n > 0));
}

/**
 * The same ballots split over the same groups (as many raters each as `split` gives them), but
 * the best ballots to the first groups: district leaders and department heads think well of a
 * cadre whom the staff think much less of (层次分歧).
 */
function layerApart(split: { group: string; counts: number[] }[], counts: number[]): { group: string; counts: number[] }[] {
	const left = [...counts];
	return split.map(({ group, counts: c }) => {
		let raters = c.reduce((a, b) => a + b, 0);
		const part = left.map((k, i) => {
			const n = Math.min(k, raters);
			raters -= n;
			left[i] = k - n;
			return n;
		});
		return { group, counts: part };
	});
}

/**
 * Four quarterly scores (tenths) around a unit's year-end item score: symmetric, so their mean is
 * the item score exactly and the planted ties and bottom-two cases of 2008–2009 hold; from 2010 a
 * unit's form shows in them too (`bias`).
 */
function quarters(rng: Random, tenths: number, bias: number): string[] {
	const room = (t: number) => Math.min(1000 - t, t, 30);
	const t = Math.max(0, Math.min(1000, tenths + bias));
	const a = rng.int(0, room(t));
	const b = rng.int(0, room(t));
	return [t + a, t - a, t + b, t - b].map((x) => (x / 10).toFixed(1).replace(/\.0$/, ''));
}

/** A comment in the committee's manner: two strengths, a problem, a direction. */
function comment(rng: Random, strengths: string[], problems: string[]): string {
	const first = rng.int(0, strengths.length - 1);
	const other = (first + rng.int(1, strengths.length - 1)) % strengths.length;
	return `${strengths[first]}，${strengths[other]}；${rng.pick(problems)}。${rng.pick(COMMENT_PHRASES.directions)}。`;
}

const ITEMS: Record<string, [string, number][]> = {
	department: [['key_work', 40], ['party_conduct', 10], ['organization', 10], ['civilization', 10], ['research', 5], ['service', 10], ['petition', 10], ['poverty_aid', 5]],
	township: [['key_work', 50], ['party_building', 15], ['social_order', 10], ['petition', 10], ['family_planning', 10], ['work_safety', 5]],
	office_outside: [['investment', 50], ['liaison', 20], ['business', 20], ['information', 10]],
	financial: [['key_work', 50], ['research', 10], ['service', 20], ['petition', 10], ['poverty_aid', 10]]
};
const TEAM_ASPECTS = ['political', 'performance', 'governance', 'unity', 'integrity'];
const CADRE_ASPECTS = ['political', 'leadership', 'style', 'performance', 'integrity', 'unity', 'character'];
const TEAM_REVERSE = ['unity', 'appointment', 'style', 'rule_of_law', 'democracy', 'integrity', 'innovation'];
const CADRE_REVERSE = ['theory', 'democracy', 'cooperation', 'style', 'innovation', 'integrity'];
const QUOTA = { department: 18, township: 8 };

interface Unit {
	id: string;
	name: string;
	group: string;
	category: 'department' | 'township';
	template: string;
	staff: number;
	voters: number;
	strength: number; // latent quality: target score and ballots follow it
	cadres: Cadre[];
}

interface Cadre {
	id: string;
	name: string;
	role: 'party_secretary' | 'administrative_head' | 'member';
	quality: number;
	keep?: boolean; // planted case: stays in post
}

/**
 * How well raters regard a team or a cadre, apart from its form of the year: fixed for its id and
 * drawn from a stream of its own, so the rest of the district is as before. Unanimity follows it
 * from year to year, so a unanimous 好/优秀 rarely comes and goes (a score jump is rare).
 */
function esteem(id: string): number {
	let h = 2166136261;
	for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
	return new Random(h).normal();
}

/**
 * Below the cut of unanimity by `gap` (of the selection key): how near, 1 at the cut (or above it,
 * for one of a weak unit passed over) to 0 at NEAR below. The cut falls by about 0.2 a year as the
 * rates rise, so those who enter were near it the year before and already had nearly every vote.
 */
const NEAR = 1;
const nearness = (gap: number) => Math.sqrt(Math.min(1, Math.max(0, 1 - gap / NEAR)));

/** Splits `total` tenths of a point over a template's items, each within its maximum. */
function splitPoints(rng: Random, template: string, totalTenths: number): [string, number][] {
	const items = ITEMS[template]!;
	const lost = 1000 - totalTenths; // tenths below full marks, spread over the items
	const out = items.map(([id, max]) => [id, max * 10] as [string, number]);
	let left = lost;
	while (left > 0) {
		const i = rng.int(0, out.length - 1);
		const take = Math.min(left, rng.int(1, 15), out[i]![1]);
		out[i]![1] -= take;
		left -= take;
	}
	return out;
}

/** One cadre ballot row as a unit's bulk-filled ballots have it on every row, split by rater group when `layered`. */
function bulkBallots(rng: Random, voters: number, layered: boolean): { group: string | undefined; counts: number[] }[] {
	const counts = [Math.round(voters * 0.7), Math.round(voters * 0.2), 0, 0];
	counts[2] = voters - counts[0]! - counts[1]!;
	return layered ? layer(rng, counts) : [{ group: undefined, counts }];
}

/** A top-grade share raised towards 0.97 for one that came `near` (0–1) to unanimity. */
const lift = (share: number, near = 0) => share + (Math.max(share, 0.97) - share) * near;

/** Splits `n` ballots into four counts, the first getting about `share` of them. */
function split4(rng: Random, n: number, share: number, spread: [number, number, number]): number[] {
	const first = Math.min(n, Math.max(0, Math.round(n * share)));
	let rest = n - first;
	const total = spread[0] + spread[1] + spread[2];
	const a = Math.min(rest, Math.round((rest * spread[0]) / total + rng.normal() * 0.5));
	rest -= Math.max(0, a);
	const b = Math.min(rest, Math.round((rest * spread[1]) / (spread[1] + spread[2]) + rng.normal() * 0.5));
	return [first, Math.max(0, a), Math.max(0, b), rest - Math.max(0, b)];
}

export function* generateDistrict(options: DistrictOptions = {}): Generator<YearBundle> {
	const districts = options.districts ?? 1;
	const years = options.years ?? YEARS;
	const district = Array.from({ length: districts }, (_, d) => makeDistrict(new Random((options.seed ?? 2001) + d * 7919), d, districts));
	for (const year of years) {
		const parts = district.map((dist, d) => dist.year(year, new Random((options.seed ?? 2001) * 31 + year * 101 + d)));
		const tables: Record<string, Rows> = {};
		for (const part of parts) for (const [file, rows] of Object.entries(part.tables)) (tables[file] ??= []).push(...rows);
		// The vote is over the candidates of the whole warehouse's category, all districts together.
		if (year >= 2006) {
			const target = new Map(parts.flatMap((p) => [...p.target]));
			const vetoed = new Set(tables['vetoes.csv']!.map((v) => v.unit_id as string));
			tables['pk_votes.csv'] = pkVotes(new Random(year), [...target.keys()], target, vetoed);
		}
		yield { year, policy: policyFor(year), tables };
	}
}

function makeDistrict(rng: Random, d: number, districts: number) {
	const prefix = districts > 1 ? `Q${String(d + 1).padStart(3, '0')}-` : '';
	const namePrefix = districts > 1 ? `第${d + 1}区·` : '';
	let nextCadre = 1;
	const person = (): Cadre => ({
		id: `${prefix}C${String(nextCadre++).padStart(4, '0')}`,
		name: rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : ''),
		role: 'member',
		quality: rng.normal()
	});
	const units: Unit[] = [];
	const add = (group: string, category: Unit['category'], list: [string, string][], code: string) =>
		list.forEach(([name, template], i) => {
			const size = rng.int(5, 9);
			const cadres = Array.from({ length: size }, person);
			cadres[0]!.role = 'party_secretary';
			cadres[1]!.role = 'administrative_head';
			units.push({
				id: `${prefix}${code}${String(i + 1).padStart(2, '0')}`,
				name: namePrefix + name,
				group,
				category,
				template,
				staff: category === 'department' ? rng.int(8, 120) : rng.int(40, 150),
				voters: rng.int(30, 150),
				strength: rng.normal(),
				cadres
			});
		});
	add('D1', 'department', D1_UNITS.map((n) => [n, 'department']), 'D1');
	add('D2', 'department', D2_UNITS, 'D2');
	add('D3', 'department', D3_UNITS, 'D3');
	add('T1', 'township', T1_UNITS.map((n) => [n, 'township']), 'T1');
	add('T2', 'township', T2_UNITS.map((n) => [n, 'township']), 'T2');
	add('T3', 'township', T3_UNITS.map((n) => [n, 'township']), 'T3');

	// Planted cases (by position, so every district of a large run has them too).
	const weakDept = units.find((u) => u.group === 'D2' && u.id.endsWith('07'))!; // bottom two in 2005 and 2006
	const weakTown = units.find((u) => u.group === 'T3' && u.id.endsWith('09'))!; // bottom two in 2008 and 2009
	const vacant = units.find((u) => u.group === 'D1' && u.id.endsWith('12'))!; // no principal leader in 2004
	// A member graded 基本称职 in 2006 and 2007, another in 2009 and 2010: kept in post meanwhile.
	const slowUnit = units.find((u) => u.group === 'D1' && u.id.endsWith('05'))!;
	// Second edition, 2008: a strong department whose team is rated only 一般 (its principal
	// leaders cannot be 优秀); in 2008 and 2009 a member of the weak township with over a third of
	// 不称职 votes (不称职 two years running).
	const dividedUnit = units.find((u) => u.group === 'D1' && u.id.endsWith('03'))!;
	// 2009: a department whose cadre ballots were filled in bulk (every cadre, every aspect alike).
	const bulkUnit = units.find((u) => u.group === 'D2' && u.id.endsWith('11'))!;
	// 2010: in the township with the most raters (enough district leaders to be shown apart), a
	// cadre of middling approval (55% 优秀) whom the leaders rate far above the staff.
	const apartUnit = units.filter((u) => u.group === 'T1').reduce((a, b) => (b.voters > a.voters ? b : a));
	let slowCadre: Cadre | undefined;

	return {
		year(year: number, r: Random): { tables: Record<string, Rows>; target: Map<Unit, number> } {
			// Turnover: about one cadre in ten retires or moves each year; principal posts are refilled.
			if (year > 2001) {
				for (const u of units) {
					for (let i = 0; i < u.cadres.length; i++) {
						if (!u.cadres[i]!.keep && r.chance(0.07)) {
							const role = u.cadres[i]!.role;
							u.cadres[i] = { ...person(), role };
						}
					}
				}
				for (let k = 0; k < Math.max(1, Math.round(units.length / 30)); k++) {
					const a = r.pick(units);
					const b = r.pick(units);
					if (a !== b && a.cadres.length > 2 && b.cadres.length > 2 && !a.cadres.at(-1)!.keep && !b.cadres.at(-1)!.keep) {
						const ca = a.cadres.pop()!;
						const cb = b.cadres.pop()!;
						a.cadres.push(cb);
						b.cadres.push(ca);
					}
				}
			}
			// A unit's form changes from year to year (new leaders, new tasks): a mean-reverting walk.
			if (year > 2001) for (const u of units) u.strength = 0.6 * u.strength + 0.8 * r.normal();
			const drift = (year - 2001) * 0.25;

			// Target scores in tenths of a point.
			const target = new Map<Unit, number>();
			for (const u of units) {
				let score = 925 + Math.round(u.strength * 24 + r.normal() * 14 + drift * 3);
				if (u === weakDept && (year === 2005 || year === 2006)) score = 790 + r.int(0, 20);
				if (u === weakTown && (year === 2008 || year === 2009)) score = 780 + r.int(0, 20);
				target.set(u, Math.max(600, Math.min(995, score)));
			}
			// Ties: in 2008 at the department PK quota; in 2009 in a township bottom-two position.
			const qualifiedDepts = units.filter((u) => u.category === 'department' && target.get(u)! >= 900).sort((a, b) => target.get(b)! - target.get(a)!);
			if (year === 2008 && qualifiedDepts.length > QUOTA.department) target.set(qualifiedDepts[QUOTA.department]!, target.get(qualifiedDepts[QUOTA.department - 1]!)!);
			if (year === 2009) {
				const pool = units.filter((u) => u.category === 'township').sort((a, b) => target.get(a)! - target.get(b)!);
				target.set(pool[2]!, target.get(pool[1]!)!);
			}

			// Vetoes (一票否决), a few a year from 2002 on.
			const vetoes: Rows = [];
			if (year >= 2002 && year % 2 === 1) {
				const u = units.find((x) => x.group === 'T2' && x.id.endsWith(String(year % 12 + 1).padStart(2, '0'))) ?? units[0]!;
				const item = year % 4 === 1 ? 'family_planning' : 'work_safety';
				vetoes.push({ unit_id: u.id, item_id: item, reason: VETO_REASONS[item] });
			}
			if (year === 2006 || year === 2009) {
				const u = units.find((x) => x.group === 'D2' && x.id.endsWith('15'))!;
				vetoes.push({ unit_id: u.id, item_id: 'work_safety', reason: VETO_REASONS.work_safety });
			}
			if (year === 2008) {
				const u = units.find((x) => x.group === 'T1' && x.id.endsWith('04'))!;
				vetoes.push({ unit_id: u.id, item_id: 'public_security', reason: '' });
			}

			// Which teams and cadres are unanimous this year: the most esteemed, much as the year
			// before; rarely one of a unit that its targets grade 基本达标 or worse (or vetoed), or that is among
			// the last of its category (a unanimous vote there is the signal 人情票: only where the
			// year's rate leaves no other choice). Those just below the cut get nearly every vote.
			const rates = UNANIMOUS[year] ?? UNANIMOUS[2010]!;
			const weak = new Set<Unit>();
			for (const category of ['department', 'township'] as const) {
				const list = units.filter((u) => u.category === category).sort((a, b) => target.get(a)! - target.get(b)!);
				list.forEach((u, i) => (target.get(u)! < 900 || i < 3 || vetoes.some((v) => v.unit_id === u.id)) && weak.add(u));
			}
			const unanimousTeams = new Set<Unit>();
			/** how near a team or cadre that is not unanimous came to it */
			const near = new Map<Unit | Cadre, number>();
			for (const category of ['department', 'township'] as const) {
				const list = units.filter((u) => u.category === category);
				const k = Math.round(rates[category] * list.length);
				const keyed = list.map((u) => [u, esteem(u.id) + u.strength * 0.1 + r.normal() * 0.05] as const);
				const ranked = [...keyed].sort((a, b) => b[1] - a[1] - (weak.has(b[0]) ? 10 : 0) + (weak.has(a[0]) ? 10 : 0));
				ranked.slice(0, k).forEach(([u]) => unanimousTeams.add(u));
				const cut = ranked[k - 1]?.[1] ?? Infinity;
				for (const [u, key] of ranked.slice(k)) near.set(u, nearness(cut - key));
			}
			const present = units.flatMap((u) => (u === vacant && year === 2004 ? u.cadres.filter((c) => c.role === 'member') : u.cadres).map((c) => [u, c] as const));
			if (year === 2006 || year === 2009) {
				if (slowCadre) slowCadre.keep = false;
				slowCadre = slowUnit.cadres.at(-1)!;
				slowCadre.keep = true;
			}
			const slow = [2006, 2007, 2009, 2010].includes(year) ? slowCadre : undefined;
			const cadreKeys = present
				.filter(([, c]) => c !== slow)
				.map(([u, c]) => [c, c.quality * 0.5 + esteem(c.id) + u.strength * 0.05 + r.normal() * 0.05, weak.has(u)] as const)
				.sort((a, b) => b[1] - a[1] - (b[2] ? 10 : 0) + (a[2] ? 10 : 0));
			const kCadres = Math.round(rates.cadre * present.length);
			const unanimousCadres = new Set<Cadre>(cadreKeys.slice(0, kCadres).map(([c]) => c));
			const cadreCut = cadreKeys[kCadres - 1]?.[1] ?? Infinity;
			for (const [c, key] of cadreKeys.slice(kCadres)) near.set(c, nearness(cadreCut - key));

			const unitsRows: Rows = [];
			const cadreRows: Rows = [];
			const scores: Rows = [];
			const teamBallots: Rows = [];
			const cadreBallots: Rows = [];
			const teamReverse: Rows = [];
			const cadreReverse: Rows = [];
			const finalGrades: Rows = [];
			const periodic: Rows = [];
			const teamComments: Rows = [];
			const cadreComments: Rows = [];
			const second = year >= SECOND_EDITION ? new Random(year * 977 + d) : undefined;
			for (const u of units) {
				unitsRows.push({ unit_id: u.id, name: u.name, group_id: u.group, template: u.template, staff: u.staff });
				for (const [id, tenths] of splitPoints(r, u.template, target.get(u)!)) scores.push({ unit_id: u.id, item_id: id, points: (tenths / 10).toFixed(1).replace(/\.0$/, '') });
				const voters = u.voters + r.int(-3, 3);
				const divided = u === dividedUnit && year === SECOND_EDITION;
				const goodShare = divided ? 0.2 : lift(Math.min(0.97, 0.72 + u.strength * 0.08 + drift * 0.02), near.get(u));
				const spoilt = r.int(0, TEAM_ASPECTS.length - 1); // a non-unanimous team has at least this aspect not all 好
				TEAM_ASPECTS.forEach((aspect, i) => {
					let counts = unanimousTeams.has(u) && !divided ? [voters, 0, 0, 0] : split4(r, voters, goodShare + r.normal() * 0.05, divided ? [5, 4, 1] : [6, 3, 1]);
					if (!unanimousTeams.has(u) && i === spoilt && counts[0] === voters) counts = [voters - 1, 1, 0, 0];
					for (const { group, counts: c } of second ? layer(second, counts) : [{ group: undefined, counts }])
						teamBallots.push({ unit_id: u.id, aspect_id: aspect, good: c[0]!, fairly_good: c[1]!, average: c[2]!, poor: c[3]!, ...(group ? { rater_group: group } : {}) });
				});
				if (year >= 2004) {
					const flagged = u.strength < -1.2 ? r.pick(TEAM_REVERSE) : undefined;
					teamReverse.push({
						unit_id: u.id,
						participants: voters,
						...Object.fromEntries(TEAM_REVERSE.map((a) => [a, a === flagged ? Math.round(voters * (0.34 + r.next() * 0.2)) : Math.round(voters * Math.max(0, 0.08 - u.strength * 0.04 + r.normal() * 0.04))]))
					});
				}
				const cadres = u === vacant && year === 2004 ? u.cadres.filter((c) => c.role === 'member') : u.cadres;
				const poor = u === weakTown && (year === SECOND_EDITION || year === SECOND_EDITION + 1) ? u.cadres.at(-1) : undefined;
				// the bulk-filled ballots: one split of one set of counts, used for every row (a stream of its own)
				const bulk = u === bulkUnit && year === 2009 ? bulkBallots(new Random(year * 31), voters, second !== undefined) : undefined;
				const apart = u === apartUnit && year === 2010 ? cadres.find((c) => !unanimousCadres.has(c) && c !== slow && c !== poor) : undefined;
				for (const c of cadres) {
					cadreRows.push({ cadre_id: c.id, name: c.name, unit_id: u.id, role: c.role });
					const spoiltAspect = r.int(0, CADRE_ASPECTS.length - 1);
					const excShare = c === slow ? 0.08 : c === poor ? 0.3 : c === apart ? 0.55 : lift(Math.min(0.95, 0.6 + c.quality * 0.1 + u.strength * 0.05 + drift * 0.02), near.get(c));
					const spread: [number, number, number] = c === slow ? [3, 5, 2] : c === poor ? [2, 2, 6] : [7, 2, 1];
					CADRE_ASPECTS.forEach((aspect, i) => {
						let counts = unanimousCadres.has(c) && c !== poor ? [voters, 0, 0, 0] : split4(r, voters, excShare + r.normal() * 0.05, spread);
						if (!(unanimousCadres.has(c) && c !== poor) && i === spoiltAspect && counts[0] === voters) counts = [voters - 1, 1, 0, 0];
						const layered = second ? layer(second, counts) : undefined;
						const split = layered ? (c === apart ? layerApart(layered, counts) : layered) : [{ group: undefined as string | undefined, counts }];
						for (const { group, counts: k } of bulk ?? split)
							cadreBallots.push({ cadre_id: c.id, aspect_id: aspect, excellent: k[0]!, competent: k[1]!, basically_competent: k[2]!, incompetent: k[3]!, ...(group ? { rater_group: group } : {}) });
					});
					if (year >= 2004) {
						const promote = Math.round(voters * Math.max(0, Math.min(0.6, 0.2 + c.quality * 0.1 + r.normal() * 0.05)));
						const demote = c === slow ? Math.round(voters * 0.3) : Math.round(voters * Math.max(0, 0.02 - c.quality * 0.01));
						const nonLeadership = Math.round(voters * Math.max(0, 0.05 - c.quality * 0.02));
						const retain = Math.max(0, voters - promote - demote - nonLeadership - r.int(0, 5));
						cadreReverse.push({
							cadre_id: c.id,
							participants: voters,
							...Object.fromEntries(CADRE_REVERSE.map((a) => [a, c === slow && a === 'style' ? Math.round(voters * 0.45) : Math.round(voters * Math.max(0, 0.06 - c.quality * 0.03 + r.normal() * 0.03))])),
							promote,
							retain,
							non_leadership: nonLeadership,
							demote
						});
					}
				}
			}
			if (second) {
				for (const u of units) {
					const bias = year >= SECOND_EDITION + 2 ? Math.round(u.strength * 10) : 0;
					quarters(second, target.get(u)!, bias).forEach((points, i) => periodic.push({ unit_id: u.id, period: PERIODS[i]!, points }));
				}
				// Comments (评语) on the three best and the two weakest teams of each category by
				// target, and on their principal leaders.
				for (const category of ['department', 'township'] as const) {
					const list = units.filter((u) => u.category === category).sort((a, b) => target.get(b)! - target.get(a)!);
					for (const u of [...list.slice(0, 3), ...list.slice(-2)]) {
						teamComments.push({ unit_id: u.id, comment: comment(second, COMMENT_PHRASES.team_strengths, COMMENT_PHRASES.team_problems) });
						for (const c of u.cadres.filter((x) => x.role !== 'member' && cadreRows.some((row) => row.cadre_id === x.id)))
							cadreComments.push({ cadre_id: c.id, comment: comment(second, COMMENT_PHRASES.cadre_strengths, COMMENT_PHRASES.cadre_problems) });
					}
				}
				if (slow && !cadreComments.some((c) => c.cadre_id === slow.id)) cadreComments.push({ cadre_id: slow.id, comment: comment(second, COMMENT_PHRASES.cadre_strengths, COMMENT_PHRASES.cadre_problems) });
			}

			// The standing committee's final grades (区委常委会审定): a few overrides each year,
			// and one 不称职 in 2005.
			const members = cadreRows.filter((c) => c.role === 'member');
			if (members.length > 10) {
				const picks = new Map<number, string>([[(year * 7) % members.length, 'excellent']]);
				const second = (year * 13) % members.length;
				picks.set(picks.has(second) ? (second + 1) % members.length : second, 'competent');
				if (year === 2005) picks.set(picks.has(3) ? 4 : 3, 'incompetent');
				for (const [i, grade] of picks) finalGrades.push({ cadre_id: members[i]!.cadre_id!, grade });
			}

			const tables: Record<string, Rows> = {
				'units.csv': unitsRows,
				'cadres.csv': cadreRows,
				'target_scores.csv': scores,
				'vetoes.csv': vetoes,
				'team_ballots.csv': teamBallots,
				'cadre_ballots.csv': cadreBallots,
				'final_grades.csv': finalGrades
			};
			if (year >= 2004) {
				tables['team_reverse.csv'] = teamReverse;
				tables['cadre_reverse.csv'] = cadreReverse;
			}
			if (second) {
				tables['periodic_scores.csv'] = periodic;
				tables['team_comments.csv'] = teamComments;
				tables['cadre_comments.csv'] = cadreComments;
			}
			return { tables, target };
		}
	};
}

/** The competitive vote (同台PK): votes for the candidates of each category (rule 6 of the contract). */
function pkVotes(r: Random, units: Unit[], target: Map<Unit, number>, vetoed: Set<string>): Rows {
	const rows: Rows = [];
	for (const category of ['department', 'township'] as const) {
		const qualified = units.filter((u) => u.category === category && !vetoed.has(u.id) && target.get(u)! >= 900);
		for (const u of qualified) {
			const rank = 1 + qualified.filter((o) => target.get(o)! > target.get(u)!).length; // SQL RANK
			if (rank <= QUOTA[category]) rows.push({ unit_id: u.id, votes: Math.max(0, Math.round(90 + u.strength * 30 + r.normal() * 25)) });
		}
	}
	return rows;
}
