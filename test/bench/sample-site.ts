// The sample warehouse in a folder of its own for a site benchmark, with ids to request: the
// first unit, the first cadre and the latest year.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, ensureSampleWarehouse } from '../../src/cli/prepare.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';

export interface SampleSite {
	db: string;
	unit: string;
	cadre: string;
	year: number;
	remove: () => void;
}

export async function sampleSite(): Promise<SampleSite> {
	buildSite(() => {});
	const dir = mkdtempSync(join(tmpdir(), 'kaohe-bench-site-'));
	const db = join(dir, 'warehouse.duckdb');
	await ensureSampleWarehouse(db, () => {});
	const wh = await Warehouse.open(db, { readOnly: true });
	const [ids] = await wh.all<{ unit: string; cadre: string; year: number }>(
		`SELECT (SELECT min(unit_id) FROM unit_results) AS unit, (SELECT min(cadre_id) FROM cadre_results) AS cadre, (SELECT max(year) FROM years) AS year`
	);
	wh.close();
	return { db, ...ids!, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
