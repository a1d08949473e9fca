// Issue #10: the democratic score runs in 64-bit integers where its bounds allow and in 128-bit
// decimals elsewhere (queries/schema/macros.sql). These tests hold it to the 128-bit reference
// (democratic_reference.sql, the rule as it was) value by value on random seeded policies, and
// check the stated bounds at their edges.
import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { setScope } from '../../src/lib/warehouse/recompute.js';
import { all, fill, run } from './random-policies.js';

const REFERENCE = readFileSync(new URL('./democratic_reference.sql', import.meta.url), 'utf8');
const INT64_MAX = 2n ** 63n - 1n;

/** Rows of `a` not in `b` (as multisets), plus the other way. */
async function differences(c: DuckDBConnection, a: string, b: string): Promise<number> {
	const [x] = await all(c, `SELECT (SELECT count(*) FROM (FROM (${a}) EXCEPT ALL FROM (${b}))) + (SELECT count(*) FROM (FROM (${b}) EXCEPT ALL FROM (${a}))) AS n`);
	return Number(x!.n);
}

describe('the democratic score in 64-bit integers', () => {
	let wh: Warehouse;
	let c: DuckDBConnection;
	const years = Array.from({ length: 40 }, (_, i) => 2001 + i);

	beforeAll(async () => {
		wh = await Warehouse.open(':memory:');
		c = await wh.connect();
		await fill(c, 20261201, years);
		await setScope(c, years);
		await c.run(query('rules/democratic_score'));
		await c.run(REFERENCE);
	});
	afterAll(() => wh.close());

	it('gives every part and score of the 128-bit rule, on random policies of every kind', async () => {
		const [n] = await all(c, 'SELECT count(*) AS parts FROM democratic_parts');
		expect(Number(n!.parts)).toBeGreaterThan(2000);
		expect(
			await differences(c, 'SELECT year, subject, subject_id, aspect_id, rater_group, score FROM democratic_parts', 'SELECT * FROM ref_parts')
		).toBe(0);
		expect(
			await differences(
				c,
				`SELECT year, 'team', unit_id, democratic_score FROM team_democratic UNION ALL SELECT year, 'cadre', cadre_id, democratic_score FROM cadre_democratic`,
				'SELECT * FROM ref_scores'
			)
		).toBe(0);
	});

	it('took both paths: ballot rows and weights within the 64-bit bounds and beyond them', async () => {
		const [b] = await all(
			c,
			`SELECT count(*) FILTER (WHERE b.good + b.fairly_good + b.average + b.poor <= f.d_max) AS fast,
			        count(*) FILTER (WHERE b.good + b.fairly_good + b.average + b.poor > f.d_max) AS slow,
			        count(DISTINCT b.year) FILTER (WHERE f.d_max = -1) AS slow_years
			 FROM team_ballots b JOIN ballot_factors() f ON f.year = b.year AND f.subject = 'team'`
		);
		expect(Number(b!.fast)).toBeGreaterThan(500);
		expect(Number(b!.slow)).toBeGreaterThan(100);
		expect(Number(b!.slow_years)).toBeGreaterThan(0);
		const [w] = await all(c, `SELECT count(*) FILTER (WHERE k = 12) AS frac12, count(*) FILTER (WHERE k = 0) AS whole FROM (SELECT DISTINCT kind, year, subject, p, CASE p WHEN 1 THEN 0 WHEN 1000000000000 THEN 12 END AS k FROM weight_scales())`);
		expect(Number(w!.frac12)).toBeGreaterThan(0);
		expect(Number(w!.whole)).toBeGreaterThan(0);
	});
});

describe('the 64-bit bounds', () => {
	let wh: Warehouse;
	let c: DuckDBConnection;
	beforeAll(async () => {
		wh = await Warehouse.open(':memory:');
		c = await wh.connect();
	});
	afterAll(() => wh.close());

	async function factorsOf(f: string) {
		await run(c, 'DELETE FROM policy_rules');
		await run(
			c,
			`INSERT INTO policy_rules (year, policy_id, policy_name, qualified_min, basic_min, f_good, f_fairly_good, f_average, f_poor,
			   f_excellent, f_competent, f_basically_competent, f_incompetent, band_top, band_second, band_third,
			   principal_target_weight, member_target_weight, bottom_two_size, per_point_per_capita, basic_rate)
			 VALUES (2001, 'p', 'p', 0, 0, $f, 0.8, 0.6, 0, 1, 0.8, 0.6, 0, 90, 80, 60, 0.6, 0.4, 2, 0, 0)`,
			{ f }
		);
		const [row] = await all(c, `SELECT d_max, f1 FROM ballot_factors() WHERE subject = 'team'`);
		return { dMax: row!.d_max as bigint, f1: row!.f1 as bigint | null };
	}

	it('bounds Σ count so that 100 × Σ count × F_max fits 2⁶³ − 1, and the largest such row still scores exactly', async () => {
		const { dMax } = await factorsOf('1');
		expect(dMax).toBe(INT64_MAX / (100n * 10n ** 12n)); // 92 233 voters in one ballot row at factor 1
		expect(100n * dMax * 10n ** 12n <= INT64_MAX).toBe(true);
		expect(100n * (dMax + 1n) * 10n ** 12n > INT64_MAX).toBe(true);
		const [r] = await all(
			c,
			`SELECT ballot_score12(d, 0, 0, 0, d, f.f1, f.f2, f.f3, f.f4, f.d_max) AS s12, scaled12(exact_div(100 * d, d)) AS exact
			 FROM ballot_factors() f, (SELECT f.d_max AS d) WHERE f.subject = 'team'`
		);
		expect(r!.s12).toBe(10n ** 14n);
		expect(r!.exact).toBe(10n ** 14n);
		const [over] = await all(c, `SELECT ballot_score12(d_max + 1, 0, 0, 0, d_max + 1, f1, f2, f3, f4, d_max) AS s12 FROM ballot_factors() WHERE subject = 'team'`);
		expect(over!.s12).toBeNull(); // one voter more: the 128-bit path
	});

	it('sends a whole year to the 128-bit path when a factor is too large for 64 bits (the check allows ±10²⁰)', async () => {
		expect(await factorsOf('92233.720368547759')).toEqual({ dMax: -1n, f1: null });
		expect(await factorsOf('-100000000000000000000')).toEqual({ dMax: -1n, f1: null });
		expect((await factorsOf('92233.720368547758')).dMax).toBe(1n);
	});

	it('scales weights by the fewest digits that hold them, and bounds the score each may multiply', async () => {
		await run(c, 'DELETE FROM policy_rater_groups');
		const weights = { 2001: ['3', '7'], 2002: ['0.5', '0.25'], 2003: ['0.000000000001', '1'], 2004: ['100000000000000000000', '1'] };
		for (const [year, ws] of Object.entries(weights))
			for (const [i, w] of ws.entries()) await run(c, `INSERT INTO policy_rater_groups VALUES ($year, $g, $g, $w::DECIMAL(38,12), $i)`, { year: Number(year), g: `g${i}`, w, i });
		const got = await all(c, `SELECT year, id, wk, p, q_max FROM weight_scales() WHERE kind = 'group' ORDER BY year, id`);
		const qMax = (wkMax: bigint, p: bigint) => (INT64_MAX - p / 2n) / wkMax;
		expect(got).toEqual([
			{ year: 2001, id: 'g0', wk: 3n, p: 1n, q_max: qMax(7n, 1n) },
			{ year: 2001, id: 'g1', wk: 7n, p: 1n, q_max: qMax(7n, 1n) },
			{ year: 2002, id: 'g0', wk: 50n, p: 100n, q_max: qMax(50n, 100n) },
			{ year: 2002, id: 'g1', wk: 25n, p: 100n, q_max: qMax(50n, 100n) },
			{ year: 2003, id: 'g0', wk: 1n, p: 10n ** 12n, q_max: qMax(10n ** 12n, 10n ** 12n) },
			{ year: 2003, id: 'g1', wk: 10n ** 12n, p: 10n ** 12n, q_max: qMax(10n ** 12n, 10n ** 12n) },
			{ year: 2004, id: 'g0', wk: null, p: null, q_max: -1n }, // 10²⁰ > 2⁶³: the 128-bit path
			{ year: 2004, id: 'g1', wk: null, p: null, q_max: -1n }
		]);
		// at q_max the term stays within 64 bits and equals the 128-bit product, rounded half away from zero
		const [t] = await all(
			c,
			`SELECT weighted12(q_max, wk, p, q_max, NULL, NULL) AS term, scaled12(CAST(0.5::DECIMAL(38,12) * from12(q_max) AS DECIMAL(38,12))) AS exact,
			        weighted12(-q_max, wk, p, q_max, NULL, NULL) AS negative
			 FROM weight_scales() WHERE kind = 'group' AND year = 2002 AND id = 'g0'`
		);
		expect(t!.term).toBe(t!.exact);
		expect(t!.negative).toBe(-(t!.exact as bigint));
	});
	it('divides a weighted mean in 64 bits up to its bound and rounds to 2 half away from zero, as the 128-bit path does', async () => {
		const [m] = await all(
			c,
			`SELECT mean12(9223372036854775807::HUGEINT, 3, 1, 3) AS top, (9223372036854775807::HUGEINT * 1000000000000) // 3000000000000 AS top_exact,
			        mean12(-7::HUGEINT, 3, 100, 0.03) AS frac, scaled12(exact_div(-0.000000000007, 0.03)) AS frac_exact,
			        mean12(9223372036854775807::HUGEINT, 1, 100, 0.01) AS past, (9223372036854775807::HUGEINT * 1000000000000) // 10000000000 AS past_exact,
			        round2_12(-1234995000000000) AS neg, round2(-1234.995) AS neg_exact, round2_12(1234994999999999) AS pos, round2_12(10000000000000000000::HUGEINT) AS big`
		);
		expect(m!.top).toBe(m!.top_exact);
		expect(m!.frac).toBe(m!.frac_exact); // −7·10⁻¹² / 0.03 = −2.33…·10⁻¹⁰, truncated toward zero
		expect(m!.past).toBe(m!.past_exact); // |S| × p > W × (2⁶³ − 1): the 128-bit division
		expect(String(m!.neg)).toBe(String(m!.neg_exact));
		expect(String(m!.neg)).toBe('-1235.00');
		expect(String(m!.pos)).toBe('1234.99');
		expect(String(m!.big)).toBe('10000000.00');
	});
	it('blends the composite score in 64 bits exactly as in DECIMAL(38,12), within its bounds and past them', async () => {
		// deterministic pseudo-random weights with 12 fractional digits in 0..1 (and both ends), scores of 2 decimals
		const [r] = await all(
			c,
			`WITH r AS (
			   SELECT CASE i % 50 WHEN 0 THEN 0::DECIMAL(38,12) WHEN 1 THEN 1::DECIMAL(38,12) ELSE from12(hash(i) % 1000000000001) END AS w,
			          CAST(CAST(CAST(hash(3 * i + 1) % 10000001 AS BIGINT) - 5000000 AS DECIMAL(18,0)) * CASE WHEN i % 4 = 0 THEN 0.1 ELSE 0.01 END AS DECIMAL(18,2)) AS a,
			          CAST(CAST(CAST(hash(3 * i + 2) % 10000001 AS BIGINT) - 5000000 AS DECIMAL(18,0)) * CASE WHEN i % 5 = 0 THEN 0.1 ELSE 0.01 END AS DECIMAL(18,2)) AS b
			   FROM range(20000) t(i)
			   UNION ALL -- 0.00499999999995 rounds to 0.005000000000 at 12 digits, then to 0.01
			   SELECT w::DECIMAL(38,12), a::DECIMAL(18,2), b::DECIMAL(18,2)
			   FROM (VALUES (0.499999999995, 0.01, 0), (0.499999999995, -0.01, 0), (0.500000000005, 0, 0.01), (0.500000000005, 0, -0.01)) v(w, a, b)
			 )
			 SELECT count(*) FILTER (WHERE blend2(w, to_int64(policy12(w)), a, b)
			                               IS DISTINCT FROM round2(CAST(w * a AS DECIMAL(38,12)) + CAST((1 - w) * b AS DECIMAL(38,12)))) AS differ,
			        count(*) FILTER (WHERE abs(a) < 40000 AND abs(b) < 40000) AS fast, count(*) AS n,
			        string_agg(blend2(w, to_int64(policy12(w)), a, b)::VARCHAR, ' ' ORDER BY a, b) FILTER (WHERE abs(a) + abs(b) = 0.01) AS edges
			 FROM r`
		);
		expect(r!.differ).toBe(0n);
		expect(Number(r!.fast)).toBeGreaterThan(5000);
		expect(Number(r!.n) - Number(r!.fast)).toBeGreaterThan(1000);
		expect(r!.edges).toBe('-0.01 -0.01 0.01 0.01');
	});
});
