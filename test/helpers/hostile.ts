// A small warehouse whose unit and cadre names are hostile: markup, spreadsheet formulas, quotes
// and commas, a closing </svg> and an entity. Two years (2009, 2010) so that the pages have a
// previous rank, bottom-two history and alerts (a unit in the bottom two both years, a cadre
// 基本称职 both years), reverse-evaluation flags and usage intents (the internal summary).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { unitsBundle, type Table, type UnitSpec } from './bundle.js';
import { importInto } from './warehouse.js';

/** The hostile names, each a unit's name and a cadre's name (`U<i>` and `U<i>-s` / `U<(7-i)>-m`). */
export const HOSTILE_NAMES = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'=HYPERLINK("http://evil.example","点我")',
	'+SUM(1,2)',
	'@cmd',
	'-2+3',
	'"引号",逗号',
	'闭合</svg>与&amp;实体'
] as const;

export const HOSTILE_YEARS = [2009, 2010] as const;

/** The unit ids, one per hostile name: U0…U7 (U0–U4 in D1, U5–U7 in T1). */
export const HOSTILE_UNITS = HOSTILE_NAMES.map((_, i) => `U${i}`);

/** Unit `U<i>` is named HOSTILE_NAMES[i]; its secretary `U<i>-s` too; its member `U<i>-m` HOSTILE_NAMES[7 - i]. */
export function hostileCadreName(cadre: string): string {
	const m = /^U(\d)-(s|m)$/.exec(cadre);
	if (!m) throw new Error(`not a hostile cadre: ${cadre}`);
	const i = Number(m[1]);
	return HOSTILE_NAMES[m[2] === 's' ? i : 7 - i]!;
}

function units(year: number): UnitSpec[] {
	// D1: U0 (<script>) and U1 (<img>) are the two lowest both years → bottom two consecutive.
	const points: [number, number][] = [
		[40, 25],
		[42, 26],
		[55, 36],
		[58, 38],
		[57, 37],
		[60, 28],
		[65, 29],
		[55, 20]
	];
	return HOSTILE_NAMES.map((_, i) => ({
		id: `U${i}`,
		group: i < 5 ? 'D1' : 'T1',
		points: [points[i]![0] + (year === 2010 ? 1 : 0), points[i]![1]],
		staff: 10 + i,
		team: i === 0 ? [2, 2, 4, 2] : [10, 0, 0, 0],
		// U0's member (named HOSTILE_NAMES[7]) and U2's member (HOSTILE_NAMES[5]) are 基本称职.
		cadres: [
			{ id: `U${i}-s`, role: 'party_secretary' },
			{ id: `U${i}-m`, role: 'member', ballots: i === 0 || i === 2 ? [0, 0, 10, 0] : [10, 0, 0, 0] }
		]
	}));
}

export function hostileBundle(year: number) {
	const us = units(year);
	const cadres = us.flatMap((u) => u.cadres!.map((c) => ({ ...c, unit: u.id })));
	const extra: Record<string, Table> = {
		'units.csv': [['unit_id', 'name', 'group_id', 'template', 'staff'], ...us.map((u, i) => [u.id, HOSTILE_NAMES[i]!, u.group, u.group.startsWith('T') ? 'town' : 'dept', u.staff!])],
		'cadres.csv': [['cadre_id', 'name', 'unit_id', 'role'], ...cadres.map((c) => [c.id, hostileCadreName(c.id), c.unit, c.role!])],
		// every team's 团结协作不好 ticked by half its participants: flagged
		'team_reverse.csv': [['unit_id', 'participants', 'unity'], ...us.map((u) => [u.id, 10, 5])],
		'cadre_reverse.csv': [
			['cadre_id', 'participants', 'theory', 'promote', 'retain', 'non_leadership', 'demote'],
			...cadres.map((c) => [c.id, 10, 4, 3, 5, 1, 1])
		]
	};
	return unitsBundle(year, us, extra);
}

export interface HostileWarehouse {
	dir: string;
	db: string;
	remove: () => void;
}

/** The hostile warehouse in a fresh temporary folder (remove() deletes it). */
export async function hostileWarehouse(): Promise<HostileWarehouse> {
	const dir = mkdtempSync(join(tmpdir(), 'kaohe-hostile-'));
	const db = join(dir, 'warehouse.duckdb');
	const wh = await Warehouse.open(db);
	try {
		for (const year of HOSTILE_YEARS) await importInto(wh, hostileBundle(year));
	} finally {
		wh.close();
	}
	return { dir, db, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The XML of each worksheet of an XLSX file (xl/worksheets/*.xml), by entry name. */
export function worksheetXml(bytes: Buffer): Promise<Map<string, string>> {
	return new Promise((resolve, reject) =>
		yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, zip) => {
			if (e) return reject(e);
			const out = new Map<string, string>();
			zip.on('error', reject);
			zip.on('end', () => resolve(out));
			zip.on('entry', (entry: yauzl.Entry) => {
				if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName)) return zip.readEntry();
				zip.openReadStream(entry, (err, stream) => {
					if (err) return reject(err);
					const chunks: Buffer[] = [];
					stream.on('data', (c: Buffer) => chunks.push(c));
					stream.on('error', reject);
					stream.on('end', () => {
						out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
						zip.readEntry();
					});
				});
			});
			zip.readEntry();
		})
	);
}
