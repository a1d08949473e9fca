// Random seeded policies and ballots written straight into the warehouse tables the democratic
// score reads (int64.test.ts): factors, weights and counts of every size the policy check accepts
// within the 128-bit rule's range, with and without rater groups.
import type { DuckDBConnection } from '@duckdb/node-api';

/** mulberry32: a small seeded generator, so a failure repeats. */
export function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Style = 'plain' | 'frac12' | 'mid' | 'big';

export async function run(c: DuckDBConnection, sql: string, params: Record<string, string | number | null> = {}) {
	await c.run(sql, params);
}

export async function all(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
	return (await c.runAndReadAll(sql)).getRowObjects();
}

/** Random years: factors, rater groups, aspects and ballots of every style the policy check accepts within the reference's range. */
export async function fill(c: DuckDBConnection, seed: number, years: number[]): Promise<void> {
	const r = random(seed);
	const int = (n: number) => Math.floor(r() * n);
	const pick = <T>(xs: T[]) => xs[int(xs.length)]!;
	const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
	/** A decimal text with up to `whole` integer digits and exactly `frac` fractional digits. */
	const dec = (whole: number, frac: number, negative = false) =>
		`${negative && r() < 0.3 ? '-' : ''}${BigInt(digits(whole) || '0')}${frac ? '.' + digits(frac) : ''}`;
	const factor = (s: Style) =>
		s === 'plain' ? pick(['1', '0.8', '0.6', '0', '0.75', '0.25']) : s === 'frac12' ? dec(1, 12, true) : s === 'mid' ? dec(3, 6, true) : dec(5, 12, true);
	const weight = (s: Style) => {
		for (;;) {
			const w = s === 'plain' ? String(1 + int(10)) : s === 'frac12' ? dec(1, 12) : s === 'mid' ? dec(2, 2) : dec(5, 0);
			if (/[1-9]/.test(w)) return w;
		}
	};
	const count = () => (r() < 0.05 ? int(2_000_000) : int(60));
	for (const year of years) {
		const fs: Style = pick(['plain', 'frac12', 'mid', 'big']);
		const ws: Style = pick(['plain', 'frac12', 'mid', 'big']);
		const f = Array.from({ length: 8 }, () => factor(fs));
		await run(
			c,
			`INSERT INTO policy_rules (year, policy_id, policy_name, qualified_min, basic_min, f_good, f_fairly_good, f_average, f_poor,
			   f_excellent, f_competent, f_basically_competent, f_incompetent, band_top, band_second, band_third,
			   principal_target_weight, member_target_weight, bottom_two_size, per_point_per_capita, basic_rate)
			 VALUES ($year, 'p', 'p', 0, 0, $f0, $f1, $f2, $f3, $f4, $f5, $f6, $f7, 90, 80, 60, 0.6, 0.4, 2, 0, 0)`,
			{ year, ...Object.fromEntries(f.map((v, i) => [`f${i}`, v])) }
		);
		const groups = r() < 0.25 ? [] : Array.from({ length: 1 + int(4) }, (_, i) => `g${i}`);
		for (const [i, g] of groups.entries())
			await run(c, `INSERT INTO policy_rater_groups VALUES ($year, $g, $g, $w::DECIMAL(38,12), $i)`, { year, g, w: weight(ws), i });
		const aspects: Record<string, string[]> = { team: [], cadre: [] };
		for (const subject of ['team', 'cadre']) {
			const as: Style = pick(['plain', 'frac12', 'mid', 'big']);
			for (let i = 0; i <= int(3); i++) {
				aspects[subject]!.push(`a${i}`);
				await run(c, `INSERT INTO policy_aspects VALUES ($year, $subject, $a, $a, $w::DECIMAL(38,12), $i)`, { year, subject, a: `a${i}`, w: weight(as), i });
			}
		}
		for (const [table, subject] of [['team_ballots', 'team'], ['cadre_ballots', 'cadre']] as const) {
			const ap = await c.createAppender(table);
			for (let s = 0; s < 12; s++)
				for (const a of aspects[subject]!) {
					const present: (string | null)[] = groups.length ? groups.filter(() => r() < 0.7) : [null];
					if (!present.length) present.push(groups[0]!);
					for (const g of present) {
						const counts: number[] = [count(), count(), count(), count()];
						if (Math.max(...counts) === 0) counts[int(4)] = 1 + int(5);
						ap.appendInteger(year);
						ap.appendVarchar(`${subject}${s}`);
						ap.appendVarchar(a);
						for (const n of counts) ap.appendBigInt(BigInt(n));
						if (g === null) ap.appendNull();
						else ap.appendVarchar(g);
						ap.endRow();
					}
				}
			ap.closeSync();
		}
	}
}

