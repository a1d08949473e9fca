// Issue #10: the shares (ratio4: reverse_shares, cadre_grade, satisfaction), reverse_shares' flag
// (ceil4) and the bonus (rewards, reward_scale) run in 64-bit integers within stated bounds and in
// 128-bit arithmetic past them (queries/schema/macros.sql). These tests hold them to the 128-bit
// formulas they replaced (shares_rewards_reference.sql) on values at and past the bounds, and on
// random seeded policies through the rules themselves.
import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { setScope } from '../../src/lib/warehouse/recompute.js';
import { all, random, run } from './random-policies.js';

const REFERENCE = readFileSync(new URL('./shares_rewards_reference.sql', import.meta.url), 'utf8');
const INT64_MAX = 2n ** 63n - 1n;
const RATIO4_MAX = INT64_MAX / 20001n;

describe('shares in 64-bit integers', () => {
	let wh: Warehouse;
	let c: DuckDBConnection;
	beforeAll(async () => {
		wh = await Warehouse.open(':memory:');
		c = await wh.connect();
		await c.run(REFERENCE);
	});
	afterAll(() => wh.close());

	it('bounds n and d so that 2·10⁴·n + d fits 2⁶³ − 1, one more takes the 128-bit path', async () => {
		const [m] = await all(c, 'SELECT ratio4_max() AS m');
		expect(m!.m).toBe(RATIO4_MAX);
		expect(20000n * RATIO4_MAX + RATIO4_MAX <= INT64_MAX).toBe(true);
		expect(20000n * (RATIO4_MAX + 1n) + RATIO4_MAX + 1n > INT64_MAX).toBe(true);
		const [r] = await all(
			c,
			`SELECT ratio4(ratio4_max(), ratio4_max())::VARCHAR AS top, ratio4(ratio4_max() - 1, ratio4_max())::VARCHAR AS below,
			        ratio4(ratio4_max() + 1, ratio4_max() + 1)::VARCHAR AS past, ratio4(9007199254740991, 9007199254740991 * 2)::VARCHAR AS big,
			        ratio4(1, 20000)::VARCHAR AS half, ratio4(1, 20001)::VARCHAR AS under_half, ratio4(2, 3)::VARCHAR AS thirds,
			        ratio4(0, 7)::VARCHAR AS zero, ratio4(12::HUGEINT, 36::HUGEINT)::VARCHAR AS sums`
		);
		expect(r).toEqual({ top: '1.0000', below: '1.0000', past: '1.0000', big: '0.5000', half: '0.0001', under_half: '0.0000', thirds: '0.6667', zero: '0.0000', sums: '0.3333' });
	});

	it('gives every share of the 128-bit formula, counts from 0 to 2⁵³ (the bundle check’s bound) on both paths', async () => {
		const [r] = await all(
			c,
			`WITH p AS (
			   SELECT CASE i % 5 WHEN 0 THEN 1 + hash(i) % 100 WHEN 1 THEN 1 + hash(i) % 1000000000
			                     WHEN 2 THEN ratio4_max() - 50 + hash(i) % 100 WHEN 3 THEN 1 + hash(i) % 9007199254740991
			                     ELSE 1 + hash(i) % 100000 END::BIGINT AS d, i
			   FROM range(40000) t(i)
			 ), q AS (SELECT CASE WHEN i % 7 = 0 THEN d ELSE (hash(3 * i + 1) % (d + 1))::BIGINT END AS n, d FROM p)
			 SELECT count(*) FILTER (WHERE ratio4(n, d) <> ref_ratio4(n, d)) AS differ,
			        count(*) FILTER (WHERE n <= ratio4_max() AND d <= ratio4_max()) AS fast, count(*) AS total
			 FROM q`
		);
		expect(r!.differ).toBe(0n);
		expect(Number(r!.fast)).toBeGreaterThan(20000);
		expect(Number(r!.total) - Number(r!.fast)).toBeGreaterThan(5000);
	});

	it('flags a share s ≥ t exactly by s ≥ ceil4(t), for thresholds of 12 fractional digits in 0..1', async () => {
		const [r] = await all(
			c,
			`WITH t AS (
			   SELECT CASE i % 40 WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN 0.3333 WHEN 3 THEN 0.333300000001 WHEN 4 THEN 0.333299999999
			                      ELSE from12(hash(i) % 1000000000001) END::DECIMAL(38,12) AS t
			   FROM range(20000) r(i)
			 ), s AS (SELECT t, CAST(round(t, 4) + d * 0.0001 AS DECIMAL(18,4)) AS s FROM t, (VALUES (-1), (0), (1)) v(d) WHERE round(t, 4) + d * 0.0001 BETWEEN 0 AND 1)
			 SELECT count(*) FILTER (WHERE (s >= t) <> (s >= ceil4(t))) AS differ, count(*) FILTER (WHERE s >= t) AS flagged, count(*) AS n FROM s`
		);
		expect(r!.differ).toBe(0n);
		expect(Number(r!.flagged)).toBeGreaterThan(10000);
		expect(Number(r!.n) - Number(r!.flagged)).toBeGreaterThan(10000);
		const [e] = await all(c, `SELECT ceil4(0.333300000001)::VARCHAR AS up, ceil4(0.3333)::VARCHAR AS same, ceil4(NULL) IS NULL AS unset`);
		expect(e).toEqual({ up: '0.3334', same: '0.3333', unset: true });
	});
});

/** Each year's reward_scale (the 64-bit path's numbers), years outside its bounds left out. */
const SCALES = `(SELECT year, unnest(s) FROM (SELECT year, reward_scale(per_point_per_capita, basic_rate) AS s FROM policy_rules) WHERE s IS NOT NULL)`;

describe('the bonus in 64-bit integers', () => {
	let wh: Warehouse;
	let c: DuckDBConnection;
	const years = Array.from({ length: 60 }, (_, i) => 2001 + i);

	/** Random years of every kind the policy check accepts, bonuses below the 128-bit rule's overflow (10¹³). */
	async function fill(seed: number) {
		const r = random(seed);
		const int = (n: number) => Math.floor(r() * n);
		const pick = <T>(xs: T[]) => xs[int(xs.length)]!;
		const frac = (digits: number) => String(int(10 ** digits)).padStart(digits, '0');
		const grades = ['outstanding', 'excellent', 'qualified', 'basically_qualified', 'unqualified'];
		for (const year of years) {
			const standard = pick([
				() => String(1 + int(100)),
				() => `${int(100)}.${frac(2)}`,
				() => `${int(10)}.${frac(6)}`,
				() => `0.${frac(12)}`,
				() => String(1 + int(1_000_000_000))
			])();
			const basic = pick(['0', '1', '0.8', '0.75', `0.${frac(6)}`, `0.${frac(12)}`]);
			await run(
				c,
				`INSERT INTO policy_rules (year, policy_id, policy_name, qualified_min, basic_min, f_good, f_fairly_good, f_average, f_poor,
				   f_excellent, f_competent, f_basically_competent, f_incompetent, band_top, band_second, band_third,
				   principal_target_weight, member_target_weight, bottom_two_size, per_point_per_capita, basic_rate)
				 VALUES ($year, 'p', 'p', 0, 0, 1, 0.8, 0.6, 0, 1, 0.8, 0.6, 0, 90, 80, 60, 0.6, 0.4, 2, $standard::DECIMAL(38,12), $basic::DECIMAL(38,12))`,
				{ year, standard, basic }
			);
			for (const grade of ['excellent', 'outstanding', 'qualified'])
				if (r() < 0.6) await run(c, 'INSERT INTO policy_reward_extra VALUES ($year, $grade, $amount::DECIMAL(38,12))', { year, grade, amount: `${int(100000)}.${frac(pick([0, 3, 12]))}` });
			for (let u = 0; u < 40; u++) {
				const target = `${r() < 0.1 ? '-' : ''}${int(pick([100, 1000]))}.${frac(2)}`;
				let staff = pick([int(50), int(10_000), int(1_000_000)]);
				// the 128-bit rule overflows at 10¹⁴ (DECIMAL(38,24) after × rate): stay below it
				while (staff > 0 && Math.abs(Number(standard) * Number(target) * staff) >= 1e13) staff = Math.floor(staff / 10);
				await run(c, `INSERT INTO units VALUES ($year, $id, $id, 'g', 't', $staff)`, { year, id: `u${u}`, staff });
				await run(c, `INSERT INTO unit_target VALUES ($year, $id, $target::DECIMAL(18,2), false, NULL, NULL)`, { year, id: `u${u}`, target });
				await run(c, `INSERT INTO unit_grade VALUES ($year, $id, false, false, NULL, $grade)`, { year, id: `u${u}`, grade: pick(grades) });
			}
		}
	}

	beforeAll(async () => {
		wh = await Warehouse.open(':memory:');
		c = await wh.connect();
		await fill(20261202);
		await setScope(c, years);
		await c.run(query('rules/rewards'));
		await c.run(REFERENCE);
	});
	afterAll(() => wh.close());

	it('gives every bonus of the DECIMAL(38,12) rule, on both paths', async () => {
		const [r] = await all(
			c,
			`SELECT (SELECT count(*) FROM (FROM rewards EXCEPT ALL FROM ref_rewards)) + (SELECT count(*) FROM (FROM ref_rewards EXCEPT ALL FROM rewards)) AS differ,
			        (SELECT count(*) FROM rewards) AS n,
			        (SELECT count(*) FROM rewards w JOIN ${SCALES} s ON s.year = w.year
			          WHERE abs(w.target_score * 100) <= s.l AND w.staff <= s.l // greatest(abs(CAST(w.target_score * 100 AS BIGINT)), 1)) AS fast,
			        (SELECT count(*) FROM policy_rules WHERE year NOT IN (SELECT year FROM ${SCALES})) AS decimal_years`
		);
		expect(r!.differ).toBe(0n);
		expect(Number(r!.n)).toBe(years.length * 40);
		expect(Number(r!.fast)).toBeGreaterThan(600);
		expect(Number(r!.n) - Number(r!.fast)).toBeGreaterThan(200);
		expect(Number(r!.decimal_years)).toBeGreaterThan(5);
	});

	it('scales the standard and basic_rate by their fewest digits and bounds |target × 100| × staff', async () => {
		await run(c, 'DELETE FROM policy_rules WHERE year > 2000');
		await run(
			c,
			`INSERT INTO policy_rules (year, policy_id, policy_name, qualified_min, basic_min, f_good, f_fairly_good, f_average, f_poor,
			   f_excellent, f_competent, f_basically_competent, f_incompetent, band_top, band_second, band_third,
			   principal_target_weight, member_target_weight, bottom_two_size, per_point_per_capita, basic_rate)
			 SELECT y, 'p', 'p', 0, 0, 1, 0.8, 0.6, 0, 1, 0.8, 0.6, 0, 90, 80, 60, 0.6, 0.4, 2, s, b
			 FROM (VALUES (2001, 30, 0.8), (2002, 0.5, 0.75), (2003, 0.000000001, 0.1), (2004, 0.0000000001, 0.1), (2005, 100000000000000000000, 0))
			   v(y, s, b)`
		);
		const got = await all(c, `SELECT year, c, b, one, p, l FROM ${SCALES} ORDER BY year`);
		const l = (m: bigint, p: bigint) => [INT64_MAX - p / 2n, 10n ** 16n * p - 1n].reduce((a, b) => (a < b ? a : b)) / m;
		expect(got).toEqual([
			{ year: 2001, c: 30n, b: 8n, one: 10n, p: 10n, l: l(300n, 10n) }, // the district: 30 per point, 80%
			{ year: 2002, c: 5n, b: 75n, one: 100n, p: 1000n, l: l(500n, 1000n) },
			{ year: 2003, c: 1n, b: 1n, one: 10n, p: 10n ** 10n, l: l(10n, 10n ** 10n) } // 9 + 1 digits: no rounding at 12
			// 2004: 10 + 1 digits, the DECIMAL path rounds at 12 digits; 2005: 10²⁰ × 1 passes 2⁶³
		]);
		// at l the product stays within 64 bits
		for (const row of got) expect((row.l as bigint) * (row.c as bigint) * (row.one as bigint) + (row.p as bigint) / 2n <= INT64_MAX).toBe(true);
	});
});
