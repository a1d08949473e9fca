// The what-if for the whole policy (src/lib/warehouse/whatif.ts): its changes are exactly what an
// import of the same bundle with the edited policy stores, it leaves every stored row as it was
// (also on a read-only open), and an invalid edit is refused naming the field.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectPath } from '../../src/lib/paths.js';
import { validatePolicy } from '../../src/lib/policy/validate.js';
import type { Policy } from '../../src/lib/policy/schema.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { checkEdit, whatIf, type WhatIfResult } from '../../src/lib/warehouse/whatif.js';
import { importInto, snapshot } from '../helpers/warehouse.js';
import { copyWarehouse } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

const work = tempDir('whatif-');
const YEAR = 2009;
const YEARS = Array.from({ length: 10 }, (_, i) => 2001 + i);
const bundles = projectPath('data', 'sample', 'bundles');

async function storedPolicy(wh: Warehouse, year: number): Promise<Policy> {
	const [row] = await wh.all<{ policy_json: string }>('SELECT policy_json FROM years WHERE year = $year', { year });
	const v = validatePolicy(JSON.parse(row!.policy_json));
	if (!v.ok) throw new Error('stored policy invalid');
	return v.policy;
}

/** Every parameter kind the page offers, moved so that grades, 特优, the bottom two, alerts and bonuses change. */
function edit(p: Policy): Policy {
	const e: Policy = structuredClone(p);
	e.unit_grades.qualified_min = 92;
	e.excellence.quota = { department: 20, township: 10 }; // a superset of the candidates: the year's votes stay valid
	e.excellence.pk_ratio = 2.5;
	e.bottom_two.size = 3;
	e.composite.principal_target_weight = 0.5;
	e.democratic.team_aspects[0]!.weight = 3;
	e.democratic.bands.top = 92;
	if (e.democratic.rater_groups) e.democratic.rater_groups[0]!.weight = 6;
	if (e.periodic) e.periodic.weight = 0.3;
	e.cadre_rules = { ...e.cadre_rules, excellent_share_max: 0.1, admonish_share_below: 0.95 };
	e.reward.per_point_per_capita = 35;
	e.reward.extra = { ...e.reward.extra, outstanding: 50000 };
	return e;
}

let sample: Warehouse;
let imported: Warehouse;
let stored: Policy;
let edited: Policy;
let result: WhatIfResult;
let before: string;

beforeAll(async () => {
	sample = await Warehouse.open(copyWarehouse(inject('sampleDb'), join(work, 'sample.duckdb')));
	stored = await storedPolicy(sample, YEAR);
	edited = edit(stored);
	before = await snapshot(sample);
	result = await whatIf(sample, YEAR, edited);

	// The same bundles imported afresh, the year's with the edited policy as its policy.json.
	imported = await Warehouse.open(join(work, 'imported.duckdb'));
	for (const y of YEARS) {
		const dir = join(work, String(y));
		cpSync(join(bundles, String(y)), dir, { recursive: true });
		if (y === YEAR) writeFileSync(join(dir, 'policy.json'), JSON.stringify(edited));
		await importInto(imported, dir);
	}
});
afterAll(() => {
	sample?.close();
	imported?.close();
});

type Keyed = Map<string, string>;
async function keyed(wh: Warehouse, sql: string, params: Record<string, number>): Promise<Keyed> {
	const rows = await wh.all<{ k: string; v: string }>(sql, params);
	return new Map(rows.map((r) => [r.k, r.v]));
}
const UNIT_SQL = `SELECT g.unit_id AS k, concat_ws('|', g.grade, coalesce(b.in_bottom_two, false), r.total_bonus) AS v
  FROM unit_grade g LEFT JOIN unit_bottom_rank b USING (year, unit_id) LEFT JOIN rewards r USING (year, unit_id) WHERE g.year = $year`;
const CADRE_SQL = `SELECT cadre_id AS k, grade AS v FROM cadre_grade WHERE year = $year`;
const ALERT_SQL = `SELECT concat_ws('|', year, kind, unit_id, coalesce(cadre_id, '')) AS k, 'x' AS v FROM alerts WHERE year IN ($year, $year + 1)`;

describe('what-if for the whole policy', () => {
	it('changes grades, 特优, the bottom two, alerts and bonuses', () => {
		for (const n of Object.values(result.counts)) expect(typeof n).toBe('number');
		expect(result.counts.unitGrades).toBeGreaterThan(0);
		expect(result.counts.outstanding).toBeGreaterThan(0);
		expect(result.counts.bottomTwo).toBeGreaterThan(0);
		expect(result.counts.bonuses).toBeGreaterThan(0);
		expect(result.counts.cadreGrades).toBeGreaterThan(0);
		expect(result.counts.alertsAdded + result.counts.alertsRemoved).toBeGreaterThan(0);
	});

	it('gives exactly what an import of the bundle with the edited policy stores', async () => {
		const p = { year: YEAR };
		// Stored results with the what-if's changes applied = the results of the fresh import.
		const units = await keyed(sample, UNIT_SQL, p);
		for (const u of result.units) units.set(u.unit_id, [u.grade_after, u.bottom_two_after ?? false, u.bonus_after].join('|'));
		expect(units).toEqual(await keyed(imported, UNIT_SQL, p));
		// and the changed rows are changes
		for (const u of result.units)
			expect([u.grade_before, u.bottom_two_before, u.bonus_before]).not.toEqual([u.grade_after, u.bottom_two_after, u.bonus_after]);

		const cadres = await keyed(sample, CADRE_SQL, p);
		for (const c of result.cadres) cadres.set(c.cadre_id, c.grade_after!);
		expect(cadres).toEqual(await keyed(imported, CADRE_SQL, p));

		const alerts = await keyed(sample, ALERT_SQL, p);
		for (const a of result.alerts) {
			const k = [a.year, a.kind, a.unit_id, a.cadre_id ?? ''].join('|');
			if (a.side === 'added') alerts.set(k, 'x');
			else alerts.delete(k);
		}
		expect(alerts).toEqual(await keyed(imported, ALERT_SQL, p));
	});

	it('changes nothing stored', async () => {
		expect(await snapshot(sample)).toBe(before);
	});

	it('runs the same on a read-only warehouse', async () => {
		const path = copyWarehouse(inject('sampleDb'), join(work, 'readonly.duckdb'));
		const ro = await Warehouse.open(path, { readOnly: true });
		try {
			const r = await whatIf(ro, YEAR, edited);
			expect({ ...r, ms: 0 }).toEqual({ ...result, ms: 0 });
		} finally {
			ro.close();
		}
	});

	it('with the policy unchanged, nothing changes', async () => {
		const r = await whatIf(sample, YEAR, stored);
		expect([r.units, r.cadres, r.alerts]).toEqual([[], [], []]);
	});

	it('refuses an invalid edit, naming the field', () => {
		const bad = structuredClone(edited) as unknown as { composite: { principal_target_weight: number } };
		bad.composite.principal_target_weight = 1.5;
		const r = checkEdit(bad, stored);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problems.map((q) => q.field)).toContain('composite.principal_target_weight');

		const renamed = structuredClone(edited);
		renamed.groups[0]!.id = 'ZZ';
		const s = checkEdit(renamed, stored);
		expect(!s.ok && s.problems.map((q) => q.field)).toEqual(['groups']);

		expect(checkEdit(edited, stored)).toEqual({ ok: true, policy: edited });
	});
});
