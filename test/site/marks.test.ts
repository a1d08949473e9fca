// On the sample warehouse: 评议质量's marks beside each result (rankings, the bottom two, the unit
// and cadre dossiers), each linking to /quality filtered to its unit or cadre and year; and the
// dossiers open with the latest grade, the alerts and the personnel actions of 结果运用.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { query } from '../../src/lib/warehouse/queries.js';
import { liveMarks, type MarksOfYear } from '../../src/lib/warehouse/quality-marks.js';
import { markKey } from '../../src/lib/quality/marks.js';
import { ACTION_KINDS, USE_PARAMS, kindParams, type ActionKind, type ActionRow, type UseParams } from '../../src/lib/use/actions.js';
import { startSite, type Site } from '../helpers/site.js';

let site: Site;
let year: number;
let marks: MarksOfYear;
/** every personnel action of the latest year at the page's defaults */
let actions: { kind: ActionKind; row: ActionRow }[];
let alertedUnit: string;
beforeAll(async () => {
	site = await startSite();
	const wh = await Warehouse.open(site.db, { readOnly: true });
	try {
		[{ year }] = (await wh.all('SELECT max(year)::INTEGER AS year FROM years')) as [{ year: number }];
		marks = await liveMarks(wh, year);
		const params = Object.fromEntries(Object.entries(USE_PARAMS).map(([k, p]) => [k, p.default])) as UseParams;
		actions = [];
		for (const kind of Object.keys(ACTION_KINDS) as ActionKind[])
			for (const row of await wh.all<ActionRow>(query(`use/${kind}`), kindParams(kind, year, params))) actions.push({ kind, row });
		[{ unit_id: alertedUnit }] = (await wh.all("SELECT unit_id FROM alerts WHERE kind = 'bottom_two_consecutive' ORDER BY year DESC, unit_id LIMIT 1")) as [{ unit_id: string }];
	} finally {
		wh.close();
	}
});
afterAll(async () => site?.stop());

const get = async (path: string, lang?: 'en') => (await (await site.get(path, { lang })).text()).replace(/<!--[^>]*-->/g, '');
const rowOf = (html: string, attr: string) => {
	const i = html.indexOf(attr);
	return i < 0 ? '' : html.slice(i, html.indexOf('</tr>', i));
};
const marked = (html: string) => [...html.matchAll(/data-mark="([a-z_]+)"/g)].map((m) => m[1]!);
const expected = (key: string) => (marks[key] ?? []).map((m) => (m.kind === 'signal' ? m.signal : m.kind));

describe('quality marks beside results', () => {
	it('marks each unit of the rankings as 评议质量 finds it, linked to /quality for the unit and year', async () => {
		const html = await get(`/rankings?year=${year}`);
		const units = [...html.matchAll(/<tr data-unit="([^"]+)"/g)].map((m) => m[1]!);
		expect(units.length).toBeGreaterThan(20);
		const withMarks = units.filter((u) => expected(markKey('team', u)).length > 0);
		expect(withMarks.length).toBeGreaterThan(0);
		expect(withMarks.length).toBeLessThan(units.length); // a mark means something only if most have none
		for (const u of units) {
			const row = rowOf(html, `<tr data-unit="${u}"`);
			expect(marked(row), u).toEqual(expected(markKey('team', u)));
			if (withMarks.includes(u)) expect(row).toContain(`href="/quality?year=${year}&amp;unit=${u}"`);
		}
	});

	it('marks the bottom two and the alerts', async () => {
		const html = await get(`/bottom-two?year=${year}`);
		const rows = [...html.matchAll(/<tr data-kind="[^"]+" data-unit="([^"]+)" data-cadre="([^"]*)"/g)];
		expect(rows.length).toBeGreaterThan(0);
		for (const [attr, unit, cadre] of rows) expect(marked(rowOf(html, attr)), attr).toEqual(expected(cadre ? markKey('cadre', cadre) : markKey('team', unit!)));
	});

	it('shows the marks in English', async () => {
		const html = await get(`/rankings?year=${year}`, 'en');
		const some = Object.values(marks).flat();
		if (some.some((m) => m.kind === 'close' && m.unit === 'ballots')) expect(html).not.toContain('临界');
		expect(html).not.toContain('信号：');
	});
});

describe('the dossiers open with grade, alerts and use', () => {
	it('a unit: its latest grade with marks, then its alerts and the actions concerning it, before the results', async () => {
		const html = await get(`/units/${alertedUnit}`);
		const [headline, alerts, use, results] = ['data-testid="headline"', '<section aria-labelledby="alerts"', 'data-testid="use-actions"', '<section aria-labelledby="results"'].map((a) => html.indexOf(a)) as [number, number, number, number];
		expect(headline).toBeGreaterThan(0);
		expect(headline).toBeLessThan(alerts);
		expect(alerts).toBeLessThan(use);
		expect(use).toBeLessThan(results);
		expect(html.indexOf('id="use-decisions"')).toBeLessThan(results);
		expect(html.slice(alerts, use)).toContain('连续两年列后两名');
	});

	it('lists the actions of the latest year concerning a unit or a cadre, with their figures', async () => {
		const first = actions.find((a) => a.row.cadre_id !== null)!;
		expect(first).toBeDefined();
		const cadre = await get(`/cadres/${first.row.cadre_id}`);
		const block = cadre.slice(cadre.indexOf('data-testid="use-actions"'), cadre.indexOf('</div>', cadre.indexOf('data-testid="use-actions"')));
		const kinds = actions.filter((a) => a.row.cadre_id === first.row.cadre_id).map((a) => a.kind);
		expect([...block.matchAll(/data-kind="([a-z_]+)"/g)].map((m) => m[1])).toEqual(kinds);
		const unit = await get(`/units/${first.row.unit_id}`);
		const ublock = unit.slice(unit.indexOf('data-testid="use-actions"'), unit.indexOf('</div>', unit.indexOf('data-testid="use-actions"')));
		expect([...ublock.matchAll(/data-kind="([a-z_]+)"/g)].map((m) => m[1])).toEqual(actions.filter((a) => a.row.unit_id === first.row.unit_id).map((a) => a.kind));
		expect(ublock).toContain(`href="/use?year=${year}"`);
	});

	it('marks each year of a cadre dossier as 评议质量 finds it', async () => {
		const key = Object.keys(marks).find((k) => k.startsWith('cadre:'))!;
		const id = key.slice('cadre:'.length);
		const html = await get(`/cadres/${encodeURIComponent(id)}`);
		expect(marked(rowOf(html, `<tr data-year="${year}"`))).toEqual(expected(key));
		expect(html).toContain(`href="/quality?year=${year}&amp;cadre=${id}"`);
	});
});

describe('/quality filtered to a unit or a cadre', () => {
	it('lists only what concerns the unit, and says so', async () => {
		const key = Object.keys(marks).find((k) => k.startsWith('team:') && marks[k]!.some((m) => m.kind === 'signal'))!;
		const unit = key.slice('team:'.length);
		const html = await get(`/quality?year=${year}&unit=${unit}`);
		expect(html).toContain('data-testid="focus"');
		const links = [...html.matchAll(/<li[^>]*>\s*<a href="\/(units|cadres)\/([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`);
		expect(links.length).toBeGreaterThan(0);
		expect(links.filter((l) => l.startsWith('units/'))).toEqual(links.filter((l) => l.startsWith('units/')).map(() => `units/${unit}`));
		const all = await get(`/quality?year=${year}`);
		expect(all).not.toContain('data-testid="focus"');
		expect([...all.matchAll(/<li[^>]*>\s*<a href="\/(units|cadres)\//g)].length).toBeGreaterThan(links.length);
	});
});
