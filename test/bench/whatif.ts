// The what-if of the whole policy (src/lib/warehouse/whatif.ts) on the sample: one district year
// recomputed under an edited policy (bottom_two.size + 1), read-write and read-only (the
// in-memory copy). Target (issue #14): under a second. Prints p50 and max of 10 runs after a warm-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSampleWarehouse } from '../../src/cli/prepare.js';
import { validatePolicy } from '../../src/lib/policy/validate.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { whatIf } from '../../src/lib/warehouse/whatif.js';

export async function benchWhatIf(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'kaohe-bench-whatif-'));
	const db = join(dir, 'warehouse.duckdb');
	try {
		await ensureSampleWarehouse(db, () => {});
		const lines = ['what-if of the whole policy, one year of the sample (target < 1000 ms):'];
		for (const readOnly of [false, true]) {
			const wh = await Warehouse.open(db, { readOnly });
			try {
				const [{ year, policy_json }] = (await wh.all<{ year: number; policy_json: string }>(
					'SELECT year, policy_json FROM years ORDER BY year DESC LIMIT 1 OFFSET 1'
				)) as [{ year: number; policy_json: string }];
				const v = validatePolicy(JSON.parse(policy_json));
				if (!v.ok) throw new Error('stored policy invalid');
				v.policy.bottom_two.size += 1;
				await whatIf(wh, year, v.policy);
				const ms: number[] = [];
				for (let i = 0; i < 10; i++) {
					const t = performance.now();
					await whatIf(wh, year, v.policy);
					ms.push(performance.now() - t);
				}
				ms.sort((a, b) => a - b);
				lines.push(`  ${readOnly ? 'read-only (in-memory copy)' : 'read-write'} ${year}: p50 ${Math.round(ms[5]!)} ms, max ${Math.round(ms[9]!)} ms`);
			} finally {
				wh.close();
			}
		}
		return lines.join('\n');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
