// The dossiers and the search on the sample warehouse: a unit's page (/units/<id>) and a cadre's
// page (/cadres/<id>) show exactly the warehouse's years, scores, ranks, grades, ballots and usage
// votes; /search finds by part of a name and by id; unknown and hostile ids are a 404 in Chinese.
// The sample has every unit in every year, so a unit absent from a year, and one new in the
// latest year, are checked on a small warehouse of three years built here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import type { GetOptions } from '../../src/cli/serve.js';
import { sharedSite, siteOf, startSite, type Site } from '../helpers/site.js';
import { importInto } from '../helpers/warehouse.js';
import { unitsBundle, type UnitSpec } from '../helpers/bundle.js';

const UNIT_GRADES: Record<string, string> = { outstanding: '特优', excellent: '优秀', qualified: '达标', basically_qualified: '基本达标', unqualified: '不达标' };
const CADRE_GRADES: Record<string, string> = { excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' };
const ROLES: Record<string, string> = { party_secretary: '党委书记', administrative_head: '行政主要负责人', member: '班子成员' };

interface UnitYear {
	year: number;
	unit_id: string;
	name: string;
	group_id: string;
	group_name: string;
	category: string;
	target_score: number;
	vetoed: boolean;
	democratic_score: number | null;
	composite_score: number | null;
	rank_in_group: number;
	bottom_rank: number | null;
	grade: string;
	pk_votes: number | null;
}

let site: Site;
let wh: Warehouse;
let years: number[];
let vetoUnit: string;
let alertUnit: string;

beforeAll(async () => {
	site = sharedSite();
	wh = await Warehouse.open(site.db, { readOnly: true });
	years = (await wh.all<{ year: number }>('SELECT year FROM years ORDER BY year')).map((r) => r.year);
	[{ unit_id: vetoUnit }] = (await wh.all<{ unit_id: string }>('SELECT unit_id FROM vetoes GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1')) as [{ unit_id: string }];
	// a unit with an alert that is not the vetoed one, so that the two checks differ
	[{ unit_id: alertUnit }] = (await wh.all<{ unit_id: string }>(
		`SELECT unit_id FROM alerts WHERE kind = 'bottom_two_consecutive' AND unit_id <> $v GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1`,
		{ v: vetoUnit }
	)) as [{ unit_id: string }];
});
afterAll(async () => {
	wh?.close();
	await site?.stop();
});

const get = async (base: string, path: string, init: GetOptions = {}) => {
	const res = await siteOf(base)!.get(path, init);
	return { status: res.status, location: res.headers.get('location'), html: await res.text() };
};

/** The visible text of an HTML fragment: tags and comments dropped, spaces collapsed. */
const text = (html: string) =>
	html
		.replace(/<!--.*?-->/gs, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();

/** The rows of the first table after `open` (a DataTable's `data-table="<id>"`, a section): data-year → the text of each cell. */
function tableRows(html: string, open: string): Map<number, string[]> {
	const start = html.indexOf(open);
	if (start < 0) return new Map();
	const table = html.slice(start, html.indexOf('</table>', start));
	const rows = new Map<number, string[]>();
	for (const m of table.matchAll(/<tr data-year="(\d+)"[^>]*>(.*?)<\/tr>/gs)) {
		const cells = [...m[2]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((c) => text(c[1]!));
		rows.set(Number(m[1]), cells);
	}
	return rows;
}

/** The text of the page's heading. */
const heading = (html: string) => text(html.match(/<h1[^>]*>(.*?)<\/h1>/s)?.[1] ?? '');

const score = (n: number | null) => (n === null ? '—' : n.toFixed(2));

describe('unit dossier', () => {
	async function unitYears(unit: string): Promise<UnitYear[]> {
		return wh.all<UnitYear>(
			`SELECT year, unit_id, name, group_id, group_name, category, target_score::DOUBLE AS target_score, vetoed,
			        democratic_score::DOUBLE AS democratic_score, composite_score::DOUBLE AS composite_score,
			        rank_in_group::INTEGER AS rank_in_group, bottom_rank::INTEGER AS bottom_rank, grade, pk_votes::INTEGER AS pk_votes
			 FROM unit_results WHERE unit_id = $unit ORDER BY year`,
			{ unit }
		);
	}

	it('shows exactly the warehouse years, scores, ranks and grades of a unit, vetoes with their items', async () => {
		for (const unit of [vetoUnit, alertUnit]) {
			const expected = await unitYears(unit);
			const { status, html } = await get(site.url, `/units/${unit}`);
			expect(status).toBe(200);
			expect(heading(html)).toBe(`${expected.at(-1)!.name} ${unit}`);
			const rows = tableRows(html, 'data-table="results"');
			expect([...rows.keys()].sort()).toEqual(years);
			for (const e of expected) {
				const cells = rows.get(e.year)!;
				const [{ size }] = (await wh.all<{ size: number }>(
					'SELECT count(*)::INTEGER AS size FROM unit_results WHERE year = $year AND group_id = $group',
					{ year: e.year, group: e.group_id }
				)) as [{ size: number }];
				expect(cells[0], `${unit} ${e.year}`).toContain(`${e.year} 年`);
				expect(cells[1]).toContain(e.group_name);
				expect(cells[2]).toBe(score(e.target_score));
				expect(cells[4]).toContain(score(e.democratic_score));
				expect(cells[5]).toBe(score(e.composite_score));
				expect(cells[6]).toBe(`${e.rank_in_group} / ${size}`);
				if (e.bottom_rank !== null) expect(cells[7]).toMatch(new RegExp(`^${e.bottom_rank} / \\d+$`));
				else expect(cells[7]).toBe('不排位');
				// the grade, then 评议质量's marks when it has any
				expect(cells[8]!.split(' ')[0]).toBe(UNIT_GRADES[e.grade]);
				if (e.pk_votes !== null) expect(cells[9]).toBe(`${e.pk_votes} 票`);
				if (e.vetoed) {
					const items = await wh.all<{ name: string }>(
						'SELECT vi.name FROM vetoes v JOIN policy_veto_items vi ON vi.year = v.year AND vi.veto_id = v.item_id WHERE v.year = $year AND v.unit_id = $unit',
						{ year: e.year, unit }
					);
					expect(items.length).toBeGreaterThan(0);
					expect(cells[3]).toContain('否决');
					for (const i of items) expect(cells[3]).toContain(i.name);
				} else expect(cells[3]).toBe('—');
			}
			// the chart, drawn on the server: one dot per assessed year
			const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
			expect(svg).toContain('历年目标考核得分和组内名次图');
			expect(svg.match(/<circle/g)).toHaveLength(expected.length);
			expect(html).toMatch(new RegExp(`href="/data/unit_years\\?unit=${unit}&amp;format=csv"`));
		}
	});

	it('shows the bonus, the team ballots, reverse shares, leaders and alerts of the warehouse', async () => {
		const unit = alertUnit;
		const { html } = await get(site.url, `/units/${unit}`);
		// bonus: the rewards table's total per year
		const rewards = await wh.all<{ year: number; total_bonus: number }>('SELECT year, total_bonus::DOUBLE AS total_bonus FROM rewards WHERE unit_id = $unit', { unit });
		const bonus = tableRows(html, '<section aria-labelledby="bonus"');
		for (const r of rewards) expect(bonus.get(r.year)![6]).toBe(r.total_bonus.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
		// ballots: the sums of team_ballots per year, unanimous when all are 好
		const ballots = await wh.all<{ year: number; good: number; fairly_good: number; average: number; poor: number }>(
			`SELECT year, sum(good)::INTEGER AS good, sum(fairly_good)::INTEGER AS fairly_good, sum(average)::INTEGER AS average, sum(poor)::INTEGER AS poor
			 FROM team_ballots WHERE unit_id = $unit GROUP BY year`,
			{ unit }
		);
		const shown = tableRows(html, '<section aria-labelledby="ballots"');
		expect(shown.size).toBe(ballots.length);
		for (const b of ballots) {
			const cells = shown.get(b.year)!;
			expect(cells.slice(1, 5).map((c) => Number(c.replaceAll(',', '')))).toEqual([b.good, b.fairly_good, b.average, b.poor]);
			expect(cells[6]).toBe(b.fairly_good + b.average + b.poor === 0 ? '满票' : '—');
		}
		// reverse shares: one line per year with a reverse evaluation, flagged aspects marked
		const reverse = await wh.all<{ year: number; flagged: number; aspects: number }>(
			`SELECT year, count(*) FILTER (WHERE flagged)::INTEGER AS flagged, count(*)::INTEGER AS aspects
			 FROM reverse_shares WHERE subject = 'team' AND unit_id = $unit GROUP BY year`,
			{ unit }
		);
		const rev = tableRows(html, 'data-table="reverse"');
		expect([...rev.keys()].sort()).toEqual(reverse.map((r) => r.year).sort());
		for (const r of reverse) expect(rev.get(r.year)!.filter((c) => c.includes('⚑')).length, `${r.year}`).toBe(r.flagged);
		// leaders: every cadre of the unit in every year, linking to their dossier
		const leaders = await wh.all<{ year: number; cadre_id: string }>('SELECT year, cadre_id FROM cadre_results WHERE unit_id = $unit', { unit });
		for (const l of leaders) {
			const row = html.slice(html.indexOf(`<tr data-year="${l.year}" data-cadre="${l.cadre_id}"`));
			expect(row.slice(0, row.indexOf('</tr>'))).toContain(`href="/cadres/${l.cadre_id}"`);
		}
		// alerts: the unit's own, by year
		const alerts = await wh.all<{ year: number; cadre_id: string | null }>('SELECT year, cadre_id FROM alerts WHERE unit_id = $unit', { unit });
		expect(alerts.length).toBeGreaterThan(0);
		const alertRows = [...html.matchAll(/<tr data-year="(\d+)" data-kind="bottom_two_consecutive"/g)].map((m) => Number(m[1]));
		expect(alertRows.sort()).toEqual(alerts.map((a) => a.year).sort());
		expect(text(html.slice(html.indexOf('<section aria-labelledby="alerts"')))).toContain('连续两年列后两名');
	});

	it('says when a unit has no alert', async () => {
		const [{ unit_id }] = (await wh.all<{ unit_id: string }>(
			'SELECT unit_id FROM units WHERE unit_id NOT IN (SELECT unit_id FROM alerts) ORDER BY unit_id LIMIT 1'
		)) as [{ unit_id: string }];
		const { html } = await get(site.url, `/units/${unit_id}`);
		expect(html).toContain('本单位没有预警');
	});

	it('speaks English with the English cookie', async () => {
		const { html } = await get(site.url, `/units/${vetoUnit}`, { lang: 'en' });
		expect(html).toContain('Results year by year');
		expect(html).toContain('Rank in group');
		expect(html).not.toContain('历年考核结果');
	});
});

describe('cadre dossier', () => {
	interface CadreYear {
		year: number;
		cadre_id: string;
		name: string;
		unit_id: string;
		unit_name: string;
		role: string;
		democratic_score: number;
		target_score: number;
		composite_score: number;
		grade: string;
	}
	const cadreYears = (cadre: string) =>
		wh.all<CadreYear>(
			`SELECT c.year, c.cadre_id, c.name, c.unit_id, u.name AS unit_name, c.role, c.democratic_score::DOUBLE AS democratic_score,
			        c.target_score::DOUBLE AS target_score, c.composite_score::DOUBLE AS composite_score, c.grade
			 FROM cadre_results c JOIN units u ON u.year = c.year AND u.unit_id = c.unit_id
			 WHERE c.cadre_id = $cadre ORDER BY c.year`,
			{ cadre }
		);

	it('shows exactly the warehouse years, units, roles, scores, grades, ballots and usage votes of a cadre', async () => {
		// a cadre with an alert, and one who left before the latest year (not present every year)
		const [{ cadre_id: alerted }] = (await wh.all<{ cadre_id: string }>(
			`SELECT cadre_id FROM alerts WHERE kind = 'basically_competent_consecutive' ORDER BY year DESC LIMIT 1`
		)) as [{ cadre_id: string }];
		const [{ cadre_id: left }] = (await wh.all<{ cadre_id: string }>(
			`SELECT cadre_id FROM cadres GROUP BY cadre_id HAVING max(year) < (SELECT max(year) FROM years) AND max(year) >= 2005 AND count(*) >= 2 ORDER BY cadre_id LIMIT 1`
		)) as [{ cadre_id: string }];
		for (const cadre of [alerted, left]) {
			const expected = await cadreYears(cadre);
			const { status, html } = await get(site.url, `/cadres/${cadre}`);
			expect(status).toBe(200);
			expect(heading(html)).toBe(`${expected.at(-1)!.name} ${cadre}`);
			const rows = tableRows(html, 'data-table="results"');
			const first = expected[0]!.year;
			expect([...rows.keys()].sort()).toEqual(years.filter((y) => y >= first));
			for (const y of years.filter((y) => y >= first)) {
				const e = expected.find((r) => r.year === y);
				const cells = rows.get(y)!;
				if (!e) {
					expect(cells[1], `${cadre} ${y}`).toBe('该年度不在考核范围内');
					continue;
				}
				expect(cells[1]).toBe(e.unit_name);
				expect(cells[2]).toBe(ROLES[e.role]);
				expect(cells[3]).toBe(score(e.democratic_score));
				expect(cells[4]).toBe(score(e.target_score));
				expect(cells[5]).toBe(score(e.composite_score));
				expect(cells[6]).toContain(CADRE_GRADES[e.grade]);
			}
			expect(html).toContain(`href="/units/${expected.at(-1)!.unit_id}"`);
			// ballots per year (优秀/称职/基本称职/不称职), summed over the aspects
			const ballots = await wh.all<{ year: number; counts: number[] }>(
				`SELECT year, [sum(excellent), sum(competent), sum(basically_competent), sum(incompetent)]::INTEGER[] AS counts
				 FROM cadre_ballots WHERE cadre_id = $cadre GROUP BY year`,
				{ cadre }
			);
			const shown = tableRows(html, '<section aria-labelledby="ballots"');
			for (const b of ballots) expect(shown.get(b.year)!.slice(1, 5).map((c) => Number(c.replaceAll(',', '')))).toEqual(Array.from(b.counts));
			// usage intents: the votes of cadre_reverse, per year
			const usage = await wh.all<{ year: number; promote: number; retain: number; non_leadership: number; demote: number }>(
				`SELECT year,
				        max(ticks) FILTER (WHERE aspect_id = 'promote')::INTEGER AS promote,
				        max(ticks) FILTER (WHERE aspect_id = 'retain')::INTEGER AS retain,
				        max(ticks) FILTER (WHERE aspect_id = 'non_leadership')::INTEGER AS non_leadership,
				        max(ticks) FILTER (WHERE aspect_id = 'demote')::INTEGER AS demote
				 FROM cadre_reverse WHERE cadre_id = $cadre GROUP BY year`,
				{ cadre }
			);
			const votes = tableRows(html, 'data-table="usage"');
			expect([...votes.keys()].sort()).toEqual(usage.map((u) => u.year).sort());
			for (const u of usage) {
				const cells = votes.get(u.year)!;
				expect(cells.slice(2, 6).map((c) => Number(c.split(' ')[0]!.replaceAll(',', ''))), `${cadre} ${u.year}`).toEqual([u.promote, u.retain, u.non_leadership, u.demote]);
			}
			// reverse shares (the weaknesses, not the usage intents): one line per year, flagged aspects marked
			const reverse = await wh.all<{ year: number; flagged: number }>(
				`SELECT s.year, count(*) FILTER (WHERE s.flagged)::INTEGER AS flagged
				 FROM reverse_shares s JOIN policy_reverse_aspects a ON a.year = s.year AND a.subject = 'cadre' AND a.aspect_id = s.aspect_id
				 WHERE s.subject = 'cadre' AND s.cadre_id = $cadre AND a.kind = 'reverse' GROUP BY s.year`,
				{ cadre }
			);
			const rev = tableRows(html, 'data-table="reverse"');
			expect([...rev.keys()].sort()).toEqual(reverse.map((r) => r.year).sort());
			for (const r of reverse) expect(rev.get(r.year)!.filter((c) => c.includes('⚑')).length, `${cadre} ${r.year}`).toBe(r.flagged);
			const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
			expect(svg).toContain('历年综合得分和等次图');
			expect(svg.match(/<circle/g)).toHaveLength(expected.length);
			expect(html).toMatch(new RegExp(`href="/data/cadre_years\\?cadre=${cadre}&amp;format=csv"`));
		}
		// the alert is listed on the cadre's page
		const { html } = await get(site.url, `/cadres/${alerted}`);
		expect(text(html.slice(html.indexOf('<section aria-labelledby="alerts"')))).toContain('连续两年基本称职');
		// the one who left says so
		const gone = await get(site.url, `/cadres/${left}`);
		expect(gone.html).toContain('data-testid="not-latest"');
	});

	it('downloads the cadre years as CSV with one line per year', async () => {
		const [{ cadre_id, n }] = (await wh.all<{ cadre_id: string; n: number }>(
			'SELECT cadre_id, count(*)::INTEGER AS n FROM cadres GROUP BY cadre_id ORDER BY n DESC, cadre_id LIMIT 1'
		)) as [{ cadre_id: string; n: number }];
		const res = await site.get(`/data/cadre_years?cadre=${cadre_id}&format=csv`);
		expect(res.status).toBe(200);
		const lines = (await res.text()).trim().split('\n');
		expect(lines[0]).toContain('综合得分');
		expect(lines).toHaveLength(n + 1);
	});
});

describe('search', () => {
	it('explains itself when q is empty', async () => {
		const { status, html } = await get(site.url, '/search');
		expect(status).toBe(200);
		expect(html).toContain('data-testid="search-help"');
		expect((await get(site.url, '/search?q=%20%20')).html).toContain('data-testid="search-help"');
	});

	it('finds units and cadres by part of a Chinese name, exactly those whose name contains it', async () => {
		const [{ name }] = (await wh.all<{ name: string }>(`SELECT name FROM units WHERE unit_id = $u LIMIT 1`, { u: vetoUnit })) as [{ name: string }];
		const part = name.slice(1, 3);
		const { status, html } = await get(site.url, `/search?q=${encodeURIComponent(part)}`);
		expect(status).toBe(200);
		const units = await wh.all<{ id: string }>(`SELECT DISTINCT unit_id AS id FROM units WHERE contains(name, $p) ORDER BY 1`, { p: part });
		const cadres = await wh.all<{ id: string }>(`SELECT DISTINCT cadre_id AS id FROM cadres WHERE contains(name, $p) ORDER BY 1`, { p: part });
		const ids = (kind: string) => {
			const start = html.indexOf(`data-kind="${kind}"`);
			if (start < 0) return [];
			const table = html.slice(start, html.indexOf('</table>', start));
			return [...table.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]).sort();
		};
		expect(units.map((u) => u.id)).toContain(vetoUnit);
		expect(ids('unit')).toEqual(units.map((u) => u.id));
		expect(ids('cadre')).toEqual(cadres.map((c) => c.id));
		expect(html).toContain(`href="/units/${vetoUnit}"`);

		// a cadre by the last two characters of the name
		const [{ cadre_id, cname }] = (await wh.all<{ cadre_id: string; cname: string }>(
			`SELECT cadre_id, name AS cname FROM cadres WHERE length(name) = 3 AND year = (SELECT max(year) FROM years) ORDER BY cadre_id LIMIT 1`
		)) as [{ cadre_id: string; cname: string }];
		const byName = await get(site.url, `/search?q=${encodeURIComponent(cname.slice(1))}`);
		expect(byName.html).toContain(`href="/cadres/${cadre_id}"`);
	});

	it('finds by id, case-insensitively, and goes straight to the dossier on an exact id', async () => {
		const partial = vetoUnit.slice(0, -1).toLowerCase();
		const { html } = await get(site.url, `/search?q=${partial}`);
		const expected = await wh.all<{ id: string }>(`SELECT DISTINCT unit_id AS id FROM units WHERE starts_with(lower(unit_id), $p)`, { p: partial });
		expect(expected.length).toBeGreaterThan(1);
		for (const e of expected) expect(html).toContain(`href="/units/${e.id}"`);
		const exact = await get(site.url, `/search?q=${vetoUnit.toLowerCase()}`);
		expect(exact.status).toBe(303);
		expect(exact.location).toBe(`/units/${vetoUnit}`);
		const [{ cadre_id }] = (await wh.all<{ cadre_id: string }>('SELECT cadre_id FROM cadres ORDER BY cadre_id LIMIT 1')) as [{ cadre_id: string }];
		expect((await get(site.url, `/search?q=${cadre_id}`)).location).toBe(`/cadres/${cadre_id}`);
	});

	it('takes the query literally: wildcards and quotes find nothing and break nothing', async () => {
		for (const q of ['%', '_', "' OR 1=1 --", '"; DROP TABLE units; --']) {
			const { status, html } = await get(site.url, `/search?q=${encodeURIComponent(q)}`);
			expect(status, q).toBe(200);
			expect(html).toContain('没有名称或编码包含');
		}
		expect((await get(site.url, `/units/${vetoUnit}`)).status).toBe(200);
	});
});

describe('unknown and hostile ids', () => {
	it('gives a 404 in Chinese with a link to the search', async () => {
		for (const [path, what] of [
			['/units/NOPE', '单位'],
			['/cadres/NOPE', '干部']
		] as const) {
			const { status, html } = await get(site.url, path);
			expect(status).toBe(404);
			expect(html).toContain(`数据仓库中没有编码为“NOPE”的${what}。`);
			expect(html).toContain('href="/search?q=NOPE"');
		}
	});

	it('gives a 404, not an SQL error, for ids that try a path or SQL', async () => {
		for (const id of ['../../etc/passwd', "' OR 1=1 --", "D1' OR '1'='1", '%', 'x'.repeat(500)]) {
			for (const kind of ['units', 'cadres']) {
				const { status, html } = await get(site.url, `/${kind}/${encodeURIComponent(id)}`);
				expect(status, `${kind} ${id}`).toBe(404);
				expect(html).toContain('数据仓库中没有编码为');
				expect(html).not.toMatch(/Parser Error|Binder Error|syntax error|DuckDB/i);
			}
		}
	});
});

// ── A unit absent from a year, and a unit new in the latest year, on a warehouse of three years ──

describe('unit dossier across years the unit missed', () => {
	let small: { url: string; stop: () => Promise<void> };
	let dir: string;
	const unit = (id: string, group: string, points: [number, number]): UnitSpec => ({ id, group, points });
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'kaohe-dossier-'));
		const db = join(dir, 'warehouse.duckdb');
		const w = await Warehouse.open(db);
		const base = [unit('A', 'D1', [55, 36]), unit('C', 'D1', [50, 30]), unit('T', 'T1', [60, 28])];
		// B is assessed in 2001 and 2003, not in 2002; N is new in 2003.
		await importInto(w, unitsBundle(2001, [...base, unit('B', 'D1', [52, 33])]));
		await importInto(w, unitsBundle(2002, base));
		await importInto(w, unitsBundle(2003, [...base, unit('B', 'D1', [58, 38]), unit('N', 'D1', [40, 30])]));
		w.close();
		small = await startSite(db);
	});
	afterAll(async () => {
		await small?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('states the year a unit was not assessed and marks its return', async () => {
		const { status, html } = await get(small.url, '/units/B');
		expect(status).toBe(200);
		const rows = tableRows(html, 'data-table="results"');
		expect([...rows.keys()].sort()).toEqual([2001, 2002, 2003]);
		expect(rows.get(2002)![1]).toBe('该年度不在考核范围内');
		expect(rows.get(2001)![2]).toBe('85.00');
		expect(rows.get(2003)![2]).toBe('96.00');
		// 2003: 96 is first of the four units of D1; 2001: 91 (A), 85 (B), 80 (C) → second of three
		expect(rows.get(2003)![6]).toBe('1 / 4');
		expect(rows.get(2001)![6]).toBe('2 / 3');
		expect(rows.get(2003)![0]).toContain('新纳入');
		expect(text(html)).toContain('2002 年度不在考核范围内');
		// the chart has a dot for each assessed year only, and marks 2002
		const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
		expect(svg.match(/<circle/g)).toHaveLength(2);
		expect(svg).toContain('未考核');
	});

	it('says a unit is new this year', async () => {
		const { html } = await get(small.url, '/units/N');
		expect(html).toContain('data-testid="new-unit"');
		expect(text(html)).toContain('本单位 2003 年度新纳入考核');
		const rows = tableRows(html, 'data-table="results"');
		expect(rows.get(2001)![1]).toBe('该年度不在考核范围内');
		expect(rows.get(2002)![1]).toBe('该年度不在考核范围内');
		expect(rows.get(2003)![2]).toBe('70.00');
		expect(rows.get(2003)![8]!.split(' ')[0]).toBe('不达标');
		// a unit assessed every year says nothing of the kind
		const a = await get(small.url, '/units/A');
		expect(a.html).not.toContain('data-testid="new-unit"');
		expect(a.html).not.toContain('该年度不在考核范围内');
	});
});

describe('the second edition on the dossiers', () => {
	/** The visible text of the element with data-testid `id`. */
	const byTestId = (html: string, id: string) => text(html.match(new RegExp(`data-testid="${id}"[^>]*>(.*?)</(?:td|p)>`, 's'))?.[1] ?? '');

	it("states the limit that changed a cadre's suggested grade, with the shares of the warehouse", async () => {
		for (const limit of ['incompetent_share', 'team_bar', 'excellent_cap']) {
			const [c] = await wh.all<{ cadre_id: string; year: number; incompetent_share: number; band_grade: string }>(
				`SELECT cadre_id, year, incompetent_share::DOUBLE AS incompetent_share, band_grade FROM cadre_results WHERE limited_by = $limit ORDER BY year, cadre_id LIMIT 1`,
				{ limit }
			);
			expect(c, limit).toBeDefined();
			const { html } = await get(site.url, `/cadres/${c!.cadre_id}`);
			const reason = byTestId(html, `limit-${c!.year}`);
			expect(reason, limit).toContain(`按综合得分为“${CADRE_GRADES[c!.band_grade]}”`);
			if (limit === 'incompetent_share') expect(reason).toContain(`不称职票 ${Math.round(c!.incompetent_share * 1e6) / 1e4}% ≥ 33.34% → 不称职`);
			if (limit === 'team_bar') expect(reason).toContain('主要负责人不得评为优秀 → 称职');
			if (limit === 'excellent_cap') expect(reason).toMatch(/优秀不超过 15%（本年度 \d+ 名，共 \d+ 名干部）/);
		}
	});

	it("shows the committee's comments, the periodic scores and the scores by rater group", async () => {
		const [c] = await wh.all<{ unit_id: string; cadre_id: string | null; year: number; comment: string }>(
			"SELECT unit_id, cadre_id, year, comment FROM comments WHERE subject = 'team' ORDER BY year DESC, unit_id LIMIT 1"
		);
		const { html } = await get(site.url, `/units/${c!.unit_id}`);
		expect(byTestId(html, `comment-${c!.year}`)).toContain(c!.comment);
		const periodic = await wh.all<{ points: number }>('SELECT points::DOUBLE AS points FROM periodic_scores WHERE unit_id = $u AND year = $y ORDER BY period', {
			u: c!.unit_id,
			y: c!.year
		});
		const block = text(html.slice(html.indexOf('data-testid="periodic"'), html.indexOf('</section>', html.indexOf('data-testid="periodic"'))));
		for (const p of periodic) expect(block).toContain(p.points.toFixed(2));
		expect(html).toContain(`data-testid="layers-${c!.year}"`);
		expect(text(html)).toContain('区级领导');

		const [k] = await wh.all<{ cadre_id: string; year: number; comment: string }>(
			"SELECT cadre_id, year, comment FROM comments WHERE subject = 'cadre' ORDER BY year, cadre_id LIMIT 1"
		);
		const cadrePage = await get(site.url, `/cadres/${k!.cadre_id}`);
		expect(byTestId(cadrePage.html, `comment-${k!.year}`)).toContain(k!.comment);
	});
});
