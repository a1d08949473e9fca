import { describe, expect, it } from 'vitest';
import { generateDistrict } from './district.js';

const years = (options: Parameters<typeof generateDistrict>[0]) => [...generateDistrict(options)];

describe('generateDistrict', () => {
	it('is deterministic for a seed and differs for another', () => {
		const a = JSON.stringify(years({ years: [2006, 2007] }));
		expect(JSON.stringify(years({ years: [2006, 2007] }))).toBe(a);
		expect(JSON.stringify(years({ years: [2006, 2007], seed: 7 }))).not.toBe(a);
	});

	it('keeps ids unique within a year, also across many districts', () => {
		for (const y of years({ years: [2007], districts: 3 })) {
			const units = y.tables['units.csv']!.map((u) => u.unit_id);
			const cadres = y.tables['cadres.csv']!.map((c) => c.cadre_id);
			expect(new Set(units).size).toBe(units.length);
			expect(units).toHaveLength(3 * 116);
			expect(new Set(cadres).size).toBe(cadres.length);
		}
	});

	it('writes reverse evaluation from 2004 and PK votes from 2006 only, as the policies allow', () => {
		for (const y of years({})) {
			expect('team_reverse.csv' in y.tables).toBe(y.year >= 2004);
			expect('pk_votes.csv' in y.tables).toBe(y.year >= 2006);
			expect(y.policy).toBe(y.year >= 2008 ? 'qianjiang-2008' : y.year >= 2006 ? 'qianjiang-2006' : y.year >= 2004 ? 'qianjiang-2004' : 'qianjiang-2001');
			expect('periodic_scores.csv' in y.tables).toBe(y.year >= 2008);
			expect(y.tables['team_ballots.csv']!.every((b) => (b.rater_group !== undefined) === y.year >= 2008)).toBe(true);
		}
	});

	it('gives every aspect as many ballots as the unit has voters, and usage intents within participants', () => {
		const [y] = years({ years: [2007] });
		const byUnit = new Map<unknown, number[]>();
		for (const b of y!.tables['team_ballots.csv']!) {
			const total = Number(b.good) + Number(b.fairly_good) + Number(b.average) + Number(b.poor);
			byUnit.set(b.unit_id, [...(byUnit.get(b.unit_id) ?? []), total]);
		}
		for (const totals of byUnit.values()) expect(new Set(totals).size).toBe(1);
		// from 2008 the same ballots split by rater group: every aspect still adds up to the voters
		const [layered] = years({ years: [2008] });
		const perAspect = new Map<string, number>();
		for (const b of layered!.tables['team_ballots.csv']!) {
			const key = `${b.unit_id}|${b.aspect_id}`;
			perAspect.set(key, (perAspect.get(key) ?? 0) + Number(b.good) + Number(b.fairly_good) + Number(b.average) + Number(b.poor));
		}
		const units = new Map<string, Set<number>>();
		for (const [key, n] of perAspect) {
			const u = key.split('|')[0]!;
			if (!units.has(u)) units.set(u, new Set());
			units.get(u)!.add(n);
		}
		for (const totals of units.values()) expect(totals.size).toBe(1);
		for (const r of y!.tables['cadre_reverse.csv']!) {
			expect(Number(r.promote) + Number(r.retain) + Number(r.non_leadership) + Number(r.demote)).toBeLessThanOrEqual(Number(r.participants));
		}
	});
});
