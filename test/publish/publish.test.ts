// The publish command (issue #4) on the sample warehouse, for its latest year with PK votes,
// alerts and flagged reverse evaluations: both editions written once (the public one through the
// command line, the internal one with the feedback sheets through publish()), then read back the
// way a reader would — the PDF with poppler-utils, the workbooks with exceljs, the HTML in
// Chromium with the network cut off — and compared with the warehouse's own values. The public
// edition must hold none of the internal data. The PDF pages are rendered to
// test/screenshots/publish-*.png for a person to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publish } from '../../src/cli/publish.js';
import { launchChromium } from '../../src/lib/publish/chromium.js';
import { projectPath } from '../../src/lib/paths.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { ALERT_LABELS, CADRE_GRADES, CATEGORY_LABELS, ROLES, TEAM_BANDS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER, USAGE_INTENTS } from '../../src/lib/labels.js';
import { USAGE_ATTENTION_SHARE } from '../../src/lib/summary/load.js';
import { rows } from '../helpers/warehouse.js';
import { compact, pdfFonts, pdfInfo, pdfPages, pdfScreenshots, readWorkbook, workbookText, type ReadSheet } from './read.js';

type Row = Record<string, unknown>;
type Edition = 'public' | 'internal';
const NAME: Record<Edition, string> = { public: '公示版', internal: '内部版' };

const db = inject('sampleDb');
const out = mkdtempSync(join(tmpdir(), 'kaohe-publish-'));
// The state folder of the publishing: every earlier year published but the one before the year,
// which the public edition must leave out (it shows only published years).
const state = mkdtempSync(join(tmpdir(), 'kaohe-publish-state-'));
let year: number;
/** Whether edition `e` shows year `y` among the years up to the year. */
const shows = (e: Edition, y: number) => e === 'internal' || y !== year - 1;
const file = (e: Edition, ext: string) => join(out, `${year}年度考核结果-${NAME[e]}.${ext}`);

// The warehouse's own rows for the year.
let units: Row[];
let cadres: Row[];
let rewards: Row[];
let satisfaction: Row[];
let alerts: Row[];
let flags: Row[];
let ballots: Row[];
let usage: Row[];
let reverseAspects: Row[];

let cliRun: { code: number | null; out: string; err: string };
let internalFiles: string[];
const pages: Record<Edition, string[]> = { public: [], internal: [] };
const layout: Record<Edition, string> = { public: '', internal: '' };
const html: Record<Edition, string> = { public: '', internal: '' };
const books: Partial<Record<Edition, ReadSheet[]>> = {};

beforeAll(async () => {
	const wh = await Warehouse.open(db, { readOnly: true });
	try {
		const q = (sql: string) => rows(wh, sql, { year });
		const [latest] = await rows(
			wh,
			`SELECT max(u.year) AS year FROM unit_results u
			 WHERE u.pk_votes IS NOT NULL
			   AND EXISTS (SELECT 1 FROM alerts a WHERE a.year = u.year AND a.cadre_id IS NOT NULL)
			   AND EXISTS (SELECT 1 FROM reverse_shares s WHERE s.year = u.year AND s.flagged)`
		);
		year = Number(latest!.year);
		units = await q(`SELECT unit_id, name, category, group_id, group_name, target_score, vetoed, democratic_score, democratic_band, composite_score,
		                        rank_in_group, grade FROM unit_results WHERE year = $year ORDER BY unit_id`);
		cadres = await q(`SELECT cadre_id, name, unit_id, role, grade FROM cadre_results WHERE year = $year`);
		rewards = await q(`SELECT unit_id, grade, staff, base_bonus, extra_bonus, total_bonus FROM rewards WHERE year = $year`);
		satisfaction = await q(`SELECT * FROM satisfaction WHERE year <= $year ORDER BY year, category`);
		alerts = await q(`SELECT kind, unit_id, cadre_id FROM alerts WHERE year = $year`);
		flags = await q(`SELECT s.subject, s.unit_id, s.cadre_id, s.share, a.name AS aspect, a.position FROM reverse_shares s
		                 JOIN policy_reverse_aspects a USING (year, subject, aspect_id) WHERE s.year = $year AND s.flagged`);
		ballots = await q(`SELECT unit_id, sum(good) AS good, sum(fairly_good) AS fairly_good, sum(average) AS average, sum(poor) AS poor
		                   FROM team_ballots WHERE year = $year GROUP BY unit_id`);
		usage = await q(`SELECT cadre_id, aspect_id, participants, ticks FROM cadre_reverse WHERE year = $year
		                 AND aspect_id IN ('promote', 'retain', 'non_leadership', 'demote')`);
		reverseAspects = await q(`SELECT subject, name FROM policy_reverse_aspects WHERE year = $year AND kind = 'reverse'`);
	} finally {
		wh.close();
	}

	// The public edition through the command line as a user runs it, the internal one in-process.
	const earlier = [...new Set(satisfaction.map((s) => Number(s.year)))].filter((y) => y < year && shows('public', y));
	writeFileSync(join(state, 'published.json'), JSON.stringify(earlier.map((y) => ({ year: y, at: new Date().toISOString(), by: 'test' }))));
	process.env.KAOHE_STATE = state;

	const tsx = projectPath('node_modules', 'tsx', 'dist', 'cli.mjs');
	const r = spawnSync(process.execPath, [tsx, projectPath('src', 'cli', 'main.ts'), 'publish', '--year', String(year), '--edition', 'public', '--out', out, '--db', db], {
		cwd: projectPath(),
		env: { ...process.env, KAOHE_STATE: state },
		encoding: 'utf8'
	});
	cliRun = { code: r.status, out: r.stdout, err: r.stderr };
	internalFiles = await publish({ db, year, edition: 'internal', out, feedback: true });

	for (const e of ['public', 'internal'] as const) {
		if (!existsSync(file(e, 'pdf'))) continue;
		pages[e] = pdfPages(file(e, 'pdf'));
		layout[e] = pdfPages(file(e, 'pdf'), true).join('\n');
		html[e] = readFileSync(file(e, 'html'), 'utf8');
		books[e] = await readWorkbook(file(e, 'xlsx'));
		pdfScreenshots(file(e, 'pdf'), `publish-${e}`);
	}
});

afterAll(() => {
	rmSync(out, { recursive: true, force: true });
	rmSync(state, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// What the warehouse says, shaped like the documents.

const unitGrade = (g: unknown) => UNIT_GRADE_LABELS[g as keyof typeof UNIT_GRADE_LABELS];
const unitById = (id: unknown) => units.find((u) => u.unit_id === id)!;
const cadreById = (id: unknown) => cadres.find((c) => c.cadre_id === id)!;
const cents = (n: number) => Math.round(n * 100) / 100;

/** Per group (in the document's order: department groups first), its units per grade in rank order. */
function gradeLists(): { group: string; grades: { label: string; names: string[] }[] }[] {
	const groups = [...new Map(units.map((u) => [u.group_id, u])).values()].sort(
		(a, b) => (a.category === 'department' ? 0 : 1) - (b.category === 'department' ? 0 : 1) || String(a.group_id).localeCompare(String(b.group_id))
	);
	return groups.map((g) => ({
		group: String(g.group_name),
		grades: UNIT_GRADE_ORDER.map((grade) => ({
			label: UNIT_GRADE_LABELS[grade],
			names: units
				.filter((u) => u.group_id === g.group_id && u.grade === grade)
				.sort((a, b) => Number(a.rank_in_group) - Number(b.rank_in_group) || String(a.unit_id).localeCompare(String(b.unit_id)))
				.map((u) => String(u.name))
		}))
	}));
}

/** The printed grade list of a group: 特优（2）甲、乙优秀（0）无… with white space removed. */
const printedList = (g: ReturnType<typeof gradeLists>[number]) => g.grades.map((x) => `${x.label}（${x.names.length}）${x.names.join('、') || '无'}`).join('');

/** The page decorations (running head and foot), which pdftotext puts among the text. */
const MARGINS = /领导班子和领导干部综合考核结果·公示版|公示版第\d+页共\d+页|内部资料第\d+页共\d+页|内部资料|注意保密|·?仅供组织部门使用，不得公开/g;
const body = (page: string) => compact(page).replace(MARGINS, '');

/** The cadres named only in the internal edition: alerts, flagged cadres, usage intents. */
function internalCadres(): string[] {
	const ids = new Set([...alerts.map((a) => a.cadre_id), ...flags.filter((f) => f.subject === 'cadre').map((f) => f.cadre_id), ...usageList().map((u) => u.cadre_id)]);
	ids.delete(null);
	return [...ids].map((id) => String(cadreById(id).name));
}

function usageList(): { cadre_id: string; participants: number; ticks: Record<string, number> }[] {
	const by = new Map<string, { cadre_id: string; participants: number; ticks: Record<string, number> }>();
	for (const r of usage) {
		const c = by.get(String(r.cadre_id)) ?? { cadre_id: String(r.cadre_id), participants: 0, ticks: { promote: 0, retain: 0, non_leadership: 0, demote: 0 } };
		c.participants = Math.max(c.participants, Number(r.participants));
		c.ticks[String(r.aspect_id)] = Number(r.ticks);
		by.set(c.cadre_id, c);
	}
	return [...by.values()].filter((c) => c.participants > 0 && c.ticks.non_leadership! + c.ticks.demote! >= USAGE_ATTENTION_SHARE * c.participants);
}

/** A unit's four summed team ballot counts as a table row shows them, "99  34  17  5". */
const ballotRow = (b: Row) => new RegExp(`(^|\\s)${['good', 'fairly_good', 'average', 'poor'].map((k) => Number(b[k]).toLocaleString('en-US')).join('\\s+')}(\\s|$)`, 'm');
/** Units whose ballot row is distinctive enough to look for (two counts or more above zero). */
const telling = () => ballots.filter((b) => ['good', 'fairly_good', 'average', 'poor'].filter((k) => Number(b[k]) > 0).length >= 2);

const htmlText = (h: string) => h.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ');
/** The HTML as a reader receives it, minus the stylesheets (shared by both editions). */
const htmlNoStyle = (h: string) => h.replace(/<style[\s\S]*?<\/style>/g, ' ');
const sheet = (e: Edition, name: string) => {
	const s = books[e]!.find((x) => x.name === name);
	if (!s) throw new Error(`no sheet ${name} in the ${e} workbook: ${books[e]!.map((x) => x.name).join(', ')}`);
	return s;
};
const byKey = <T extends Record<string, unknown>>(list: T[], ...keys: string[]) =>
	[...list].sort((a, b) => keys.map((k) => String(a[k] ?? '')).join('|').localeCompare(keys.map((k) => String(b[k] ?? '')).join('|')));

// ---------------------------------------------------------------------------------------------

describe('publish: the files', () => {
	it('the sample year has what the test needs: PK votes, alerts on cadres, flagged weaknesses, usage attention', () => {
		expect(year).toBeGreaterThan(0);
		expect(units.some((u) => u.grade === 'outstanding')).toBe(true);
		expect(alerts.some((a) => a.cadre_id !== null)).toBe(true);
		expect(flags.some((f) => f.subject === 'team')).toBe(true);
		expect(usageList().length).toBeGreaterThan(0);
		expect(telling().length).toBeGreaterThan(5);
	});

	it('the command line writes the HTML, PDF and XLSX of the public edition, lists them on stdout, exit 0', () => {
		expect(cliRun.code, cliRun.err).toBe(0);
		const listed = cliRun.out.split('\n').filter((l) => l.startsWith(out));
		expect(listed).toEqual(['html', 'pdf', 'xlsx'].map((x) => file('public', x)));
		for (const f of listed) expect(existsSync(f)).toBe(true);
	});

	it('publish() returns the internal files and one feedback sheet per unit of the year', () => {
		expect(internalFiles.slice(0, 3)).toEqual(['html', 'pdf', 'xlsx'].map((x) => file('internal', x)));
		const dir = join(out, `${year}年度反馈单`);
		const sheets = readdirSync(dir);
		expect(sheets).toHaveLength(units.length);
		for (const u of units) expect(sheets.filter((f) => f.includes(`-${u.unit_id}-`)), String(u.unit_id)).toEqual([`${year}-反馈单-${u.unit_id}-${u.name}.xlsx`]);
		expect(internalFiles.slice(3).sort()).toEqual(sheets.map((f) => join(dir, f)).sort());
	});
});

describe.each(['public', 'internal'] as const)('publish: the %s PDF', (e) => {
	it('is A4, every page numbered "第 i 页 共 N 页" with N the page count, and marked with its edition', () => {
		const info = pdfInfo(file(e, 'pdf'));
		expect(info.sizes).toHaveLength(info.pages);
		for (const s of info.sizes) expect(s).toMatch(/\(A4\)$/);
		expect(pages[e]).toHaveLength(info.pages);
		pages[e].forEach((p, i) => {
			const text = compact(p);
			if (e === 'public') {
				expect(text, `page ${i + 1}`).toContain('领导班子和领导干部综合考核结果·公示版');
				expect(text, `page ${i + 1}`).toContain(`公示版第${i + 1}页共${info.pages}页`);
			} else {
				// pdftotext may put the band's words among the first row of text: word by word.
				for (const words of ['内部资料', '注意保密', '仅供组织部门使用，不得公开']) expect(text, `page ${i + 1}`).toContain(words);
				expect(text, `page ${i + 1}`).toContain(`内部资料第${i + 1}页共${info.pages}页`);
			}
		});
		expect(compact(pages[e][0]!)).toContain(e === 'public' ? `${year}年度领导班子和领导干部综合考核结果公示` : '内部版（组织部门存档）');
	});

	it('has the expected pages: a few for the public notice, more for the internal edition', () => {
		const n = pages[e].length;
		if (e === 'internal') expect(n).toBeGreaterThan(pages.public.length);
		else {
			expect(n).toBeGreaterThanOrEqual(3);
			expect(n).toBeLessThanOrEqual(10);
		}
	});

	it('lists every unit under its grade heading, group by group, each group on one page', () => {
		const all = pages[e].map(body);
		for (const g of gradeLists()) {
			const list = printedList(g);
			const onPages = all.map((p, i) => (p.includes(`${g.group}（`) && p.includes(list) ? i : -1)).filter((i) => i >= 0);
			expect(onPages, `${g.group}: ${list}`).toHaveLength(1);
			const p = all[onPages[0]!]!;
			expect(p.indexOf(list) - p.indexOf(`${g.group}（`), g.group).toBeLessThan(40); // right under its group heading
		}
	});

	it('keeps each chart and each small table on one page', () => {
		const find = (needle: string) => pages[e].map(body).findIndex((p) => p.includes(needle));
		// A chart's caption and its whole year axis on the same page.
		const years = [...new Set(satisfaction.map((s) => Number(s.year)))].filter((y) => shows(e, y));
		expect(years).toContain(year);
		for (const caption of ['各年度各等次的单位数', '各年度满票率']) {
			const i = find(caption);
			expect(i, caption).toBeGreaterThanOrEqual(0);
			const axis = body(pages[e][i]!).slice(body(pages[e][i]!).indexOf(caption));
			for (const y of years) expect(axis, `${caption} ${y}`).toContain(String(y));
			expect(axis, caption).toContain('年度');
		}
		// The rewards table: every grade row and the total on the page of the heading.
		const i = find('目标考核奖励');
		const rewardsPage = pages[e][i]!;
		const total = cents(rewards.reduce((n, r) => n + Number(r.total_bonus), 0));
		expect(compact(rewardsPage)).toContain(Math.round(total).toLocaleString('en-US'));
		for (const g of new Set(rewards.map((r) => r.grade))) expect(compact(rewardsPage)).toContain(unitGrade(g));
	});

	it('draws every glyph with the embedded Chinese font (the machine has none)', () => {
		const fonts = pdfFonts(file(e, 'pdf'));
		expect(fonts.length).toBeGreaterThan(0);
		for (const f of fonts) {
			expect(f.name).toMatch(/^NotoSansSC/);
			expect(f.embedded).toBe(true);
		}
	});
});

describe('publish: the internal PDF', () => {
	it('names the alerts with their units, cadres and roles', () => {
		expect(alerts.length).toBeGreaterThan(0);
		for (const a of alerts) {
			const c = a.cadre_id === null ? null : cadreById(a.cadre_id);
			const cells = [ALERT_LABELS[String(a.kind)]!, String(unitById(a.unit_id).name), c ? String(c.name) : '（无主要领导）', ...(c ? [ROLES[c.role as keyof typeof ROLES]] : [])];
			expect(layout.internal, cells.join(' ')).toMatch(new RegExp(cells.map((s) => s.replace(/[()（）]/g, '\\$&')).join('\\s+')));
		}
	});

	it('has the ballot counts, the flagged weaknesses and the usage intents', () => {
		for (const b of telling()) expect(layout.internal, String(b.unit_id)).toMatch(ballotRow(b));
		const text = compact(layout.internal);
		for (const f of flags) expect(text).toContain(String(f.aspect));
		for (const u of usageList()) expect(layout.internal).toMatch(new RegExp(`${cadreById(u.cadre_id).name}\\s.*\\s${u.ticks.non_leadership}\\s+${u.ticks.demote}(\\s|$)`, 'm'));
	});
});

describe('publish: the workbooks', () => {
	const PUBLIC_SHEETS = ['单位等次', '民主测评满意度', '干部等次', '目标考核奖励'];
	const INTERNAL_SHEETS = ['预警', '班子民主测评票数', '逆向测评突出问题', '干部使用意向'];

	it('has one sheet per table, with Chinese headers', () => {
		expect(books.public!.map((s) => s.name)).toEqual(PUBLIC_SHEETS);
		expect(books.internal!.map((s) => s.name)).toEqual([...PUBLIC_SHEETS, ...INTERNAL_SHEETS]);
		for (const s of [...books.public!, ...books.internal!]) {
			expect(s.headers.length, s.name).toBeGreaterThan(0);
			for (const h of s.headers) expect(h, s.name).toMatch(/^[\p{Script=Han}（）“”]+$/u);
		}
	});

	it.each(['public', 'internal'] as const)('%s: 单位等次 holds every unit with the warehouse numbers, grades as labels', (e) => {
		const expected = units.map((u) => ({
			考核组: u.group_name,
			类别: CATEGORY_LABELS[String(u.category)],
			组内名次: u.rank_in_group,
			单位编码: u.unit_id,
			单位: u.name,
			目标考核得分: u.target_score,
			综合得分: u.composite_score,
			等次: unitGrade(u.grade)
		}));
		expect(byKey(sheet(e, '单位等次').rows, '单位编码')).toEqual(byKey(expected, '单位编码'));
		for (const r of sheet(e, '单位等次').rows) for (const k of ['组内名次', '目标考核得分', '综合得分']) expect(typeof r[k], k).toBe('number');
	});

	it('民主测评满意度: every year up to the year (in the public edition, every published one), per category', () => {
		// a rate as the summary prints it: from the counts, rounded half away from zero to 0.1% (in integers)
		const printed = (u: unknown, n: unknown) => (Number(n) > 0 ? Number((2000n * BigInt(Number(u)) + BigInt(Number(n))) / (2n * BigInt(Number(n)))) / 1000 : null);
		const expected = (e: Edition) => satisfaction.filter((s) => shows(e, Number(s.year))).map((s) => ({
			年度: s.year,
			类别: CATEGORY_LABELS[String(s.category)],
			班子数: s.teams,
			'“好”满票班子数': s.teams_unanimous,
			班子满票率: printed(s.teams_unanimous, s.teams),
			干部数: s.cadres,
			'“优秀”满票干部数': s.cadres_unanimous,
			干部满票率: printed(s.cadres_unanimous, s.cadres)
		}));
		for (const e of ['public', 'internal'] as const) expect(byKey(sheet(e, '民主测评满意度').rows, '年度', '类别')).toEqual(byKey(expected(e), '年度', '类别'));
		// the year before was not published: only the internal edition has it
		expect(sheet('public', '民主测评满意度').rows.some((r) => Number(r.年度) === year - 1)).toBe(false);
		expect(sheet('internal', '民主测评满意度').rows.some((r) => Number(r.年度) === year - 1)).toBe(true);
		expect(Math.max(...sheet('public', '民主测评满意度').rows.map((r) => Number(r.年度)))).toBe(year);
	});

	it('干部等次: the count of cadres per category and grade', () => {
		const counts = new Map<string, number>();
		for (const c of cadres) {
			const k = `${CATEGORY_LABELS[String(unitById(c.unit_id).category)]}|${CADRE_GRADES[c.grade as keyof typeof CADRE_GRADES]}`;
			counts.set(k, (counts.get(k) ?? 0) + 1);
		}
		const expected = [...counts].map(([k, n]) => ({ 类别: k.split('|')[0], 等次: k.split('|')[1], 人数: n }));
		for (const e of ['public', 'internal'] as const) expect(byKey(sheet(e, '干部等次').rows, '类别', '等次')).toEqual(byKey(expected, '类别', '等次'));
	});

	it('目标考核奖励: units, staff and bonus per grade and in total', () => {
		const sum = (list: Row[]) => ({ 单位数: list.length, 编制人数: list.reduce((n, r) => n + Number(r.staff), 0), '奖金（元）': cents(list.reduce((n, r) => n + Number(r.total_bonus), 0)) });
		const grades = UNIT_GRADE_ORDER.filter((g) => rewards.some((r) => r.grade === g));
		const expected = [...grades.map((g) => ({ 等次: unitGrade(g), ...sum(rewards.filter((r) => r.grade === g)) })), { 等次: '合计', ...sum(rewards) }];
		for (const e of ['public', 'internal'] as const) {
			const got = sheet(e, '目标考核奖励').rows.map((r) => ({ ...r, '奖金（元）': cents(Number(r['奖金（元）'])) }));
			expect(got).toEqual(expected);
			for (const r of sheet(e, '目标考核奖励').rows) expect(typeof r['奖金（元）']).toBe('number');
		}
	});

	it('internal: 预警 holds every alert of the year, with unit, cadre and role', () => {
		const expected = alerts.map((a) => {
			const c = a.cadre_id === null ? null : cadreById(a.cadre_id);
			return { 预警类型: ALERT_LABELS[String(a.kind)], 单位编码: a.unit_id, 单位: unitById(a.unit_id).name, 干部编码: a.cadre_id, 干部: c?.name ?? null, 职务: c ? ROLES[c.role as keyof typeof ROLES] : null };
		});
		expect(byKey(sheet('internal', '预警').rows, '单位编码', '干部编码')).toEqual(byKey(expected, '单位编码', '干部编码'));
	});

	it('internal: 班子民主测评票数 holds each team ballot summed over the aspects', () => {
		const expected = ballots.map((b) => {
			const u = unitById(b.unit_id);
			return { 单位编码: b.unit_id, 单位: u.name, 考核组: u.group_name, 好: b.good, 较好: b.fairly_good, 一般: b.average, 差: b.poor, 测评得分: u.democratic_score, 档次: TEAM_BANDS[u.democratic_band as keyof typeof TEAM_BANDS] };
		});
		expect(byKey(sheet('internal', '班子民主测评票数').rows, '单位编码')).toEqual(byKey(expected, '单位编码'));
	});

	it('internal: 逆向测评突出问题 holds the flagged reverse shares', () => {
		const expected = flags.map((f) => ({
			对象: f.subject === 'team' ? '领导班子' : '领导干部',
			单位编码: f.unit_id,
			单位: unitById(f.unit_id).name,
			干部编码: f.cadre_id,
			干部: f.cadre_id === null ? null : cadreById(f.cadre_id).name,
			问题: f.aspect,
			勾选比例: f.share
		}));
		expect(byKey(sheet('internal', '逆向测评突出问题').rows, '单位编码', '干部编码', '问题')).toEqual(byKey(expected, '单位编码', '干部编码', '问题'));
	});

	it('internal: 干部使用意向 holds the cadres drawing enough 改非 and 降职 votes, with their votes', () => {
		const expected = usageList().map((u) => {
			const c = cadreById(u.cadre_id);
			return {
				干部编码: u.cadre_id,
				干部: c.name,
				单位: unitById(c.unit_id).name,
				职务: ROLES[c.role as keyof typeof ROLES],
				参评人数: u.participants,
				提拔: u.ticks.promote,
				继任: u.ticks.retain,
				改非: u.ticks.non_leadership,
				降职: u.ticks.demote
			};
		});
		expect(byKey(sheet('internal', '干部使用意向').rows, '干部编码')).toEqual(byKey(expected, '干部编码'));
	});
});

describe('publish: the feedback sheets (反馈单)', () => {
	const sheetOf = async (unitId: unknown) => {
		const dir = join(out, `${year}年度反馈单`);
		return readWorkbook(join(dir, readdirSync(dir).find((f) => f.includes(`-${unitId}-`))!));
	};

	it("a unit's sheet has its scores, rank, grade, bonus and the weaknesses flagged for its team", async () => {
		// A unit with flagged weaknesses, preferring one with an extra bonus for its grade.
		const flagged = [...new Set(flags.filter((f) => f.subject === 'team').map((f) => f.unit_id))].sort();
		const reward = (id: unknown) => rewards.find((r) => r.unit_id === id)!;
		const id = flagged.find((u) => Number(reward(u).extra_bonus) > 0) ?? flagged[0];
		const u = unitById(id);
		const r = reward(id);
		const [main, weak] = await sheetOf(id);
		expect(main!.headers).toEqual(['项目', '内容']);
		const items = Object.fromEntries(main!.rows.map((x) => [x.项目, x.内容]));
		expect(items).toMatchObject({
			年度: year,
			单位: u.name,
			单位编码: u.unit_id,
			类别: CATEGORY_LABELS[String(u.category)],
			考核组: u.group_name,
			目标考核得分: u.target_score,
			一票否决: u.vetoed ? '是' : '否',
			领导班子民主测评得分: u.democratic_score,
			综合得分: u.composite_score,
			组内名次: u.rank_in_group,
			组内单位数: units.filter((x) => x.group_id === u.group_id).length,
			考核等次: unitGrade(u.grade),
			'目标考核奖（元）': r.base_bonus,
			'等次奖励（元）': r.extra_bonus,
			'奖金合计（元）': r.total_bonus
		});
		const expected = flags
			.filter((f) => f.subject === 'team' && f.unit_id === id)
			.sort((a, b) => Number(a.position) - Number(b.position))
			.map((f) => ({ 问题: f.aspect, 勾选比例: f.share }));
		expect(expected.length).toBeGreaterThan(0);
		expect(weak!.rows).toEqual(expected);
	});

	it('says so when a unit has no flagged weakness', async () => {
		const id = units.map((u) => u.unit_id).find((i) => !flags.some((f) => f.subject === 'team' && f.unit_id === i));
		const [, weak] = await sheetOf(id);
		expect(weak!.rows).toEqual([{ 问题: '没有达到预警线的问题', 勾选比例: null }]);
	});
});

describe('publish: the public edition holds no internal data', () => {
	// What the internal edition shows and the public one must not: checked on the internal
	// edition first, so that a check that finds nothing proves something.
	const forbidden = () => [
		...internalCadres(),
		...reverseAspects.map((a) => String(a.name)),
		...Object.values(USAGE_INTENTS),
		ALERT_LABELS.bottom_two_consecutive!,
		ALERT_LABELS.basically_competent_consecutive!,
		'预警',
		'民主测评票数',
		'逆向测评',
		'使用意向',
		'内部'
	];
	const shownInternally = () => {
		const text = compact(pages.internal.join('')) + workbookText(books.internal!);
		return forbidden().filter((s) => text.includes(s));
	};

	it('the internal edition does show those values (the checks below can fail)', () => {
		const shown = shownInternally();
		expect(internalCadres().every((n) => shown.includes(n))).toBe(true);
		for (const s of ['预警', '民主测评票数', '逆向测评', '使用意向', '内部', ...Object.values(USAGE_INTENTS), ...flags.map((f) => String(f.aspect))]) expect(shown).toContain(s);
		for (const b of telling()) expect(htmlText(html.internal)).toMatch(ballotRow(b));
	});

	it('no cadre of an alert, a flag or the usage list, no reverse aspect, usage intent or internal heading: PDF', () => {
		const text = compact(pages.public.join(''));
		expect(forbidden().filter((s) => text.includes(s))).toEqual([]);
	});

	it('… nor in the HTML file', () => {
		const text = htmlNoStyle(html.public);
		expect(forbidden().filter((s) => text.includes(s))).toEqual([]);
	});

	it('… nor in the workbook', () => {
		const text = workbookText(books.public!);
		expect(forbidden().filter((s) => text.includes(s))).toEqual([]);
		for (const s of ['预警', '班子民主测评票数', '逆向测评突出问题', '干部使用意向']) expect(books.public!.map((x) => x.name)).not.toContain(s);
	});

	it('no team ballot counts (a unit’s 好/较好/一般/差 in a row) anywhere', () => {
		const pdf = layout.public;
		const text = htmlText(html.public);
		const wb = books.public!.flatMap((s) => s.rows.map((r) => Object.values(r).join(' ')));
		for (const b of telling()) {
			expect(pdf, String(b.unit_id)).not.toMatch(ballotRow(b));
			expect(text, String(b.unit_id)).not.toMatch(ballotRow(b));
			expect(wb.filter((line) => ballotRow(b).test(line)), String(b.unit_id)).toEqual([]);
		}
	});
});

describe('publish: the HTML file', () => {
	it.each(['public', 'internal'] as const)('%s: has no script, no link, and its charts as inline SVG', (e) => {
		expect(html[e]).not.toMatch(/<script/i);
		expect(html[e]).not.toMatch(/<link\b(?![^>]*href="data:)/i);
		expect(html[e]).not.toMatch(/url\((?!data:|#)/);
		expect(html[e]).not.toMatch(/<img\b/i);
	});

	it.each(['public', 'internal'] as const)('%s: renders in Chromium asking nothing of the network, with its Chinese font loaded', async (e) => {
		const url = pathToFileURL(file(e, 'html')).href;
		const browser = await launchChromium();
		try {
			// A file, not a page of the site (no session to carry): a context of its own, so every
			// request can be caught before the file is opened.
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const requests: string[] = [];
			await context.route('**/*', (route) => {
				const u = route.request().url();
				if (u === url || u.startsWith('data:')) return route.continue();
				requests.push(u);
				return route.abort();
			});
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (err) => errors.push(String(err)));
			await page.goto(url, { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready);
			expect(requests).toEqual([]);
			expect(errors).toEqual([]);

			const r = await page.evaluate(() => {
				const faces = [...document.fonts].filter((f) => f.status === 'loaded');
				const ranges = faces.map((f) =>
					f.unicodeRange.split(',').map((part) => {
						const [a, b = a] = part.trim().replace(/^U\+/i, '').split('-');
						return [parseInt(a!.replace(/\?/g, '0'), 16), parseInt(b!.replace(/\?/g, 'F'), 16)] as const;
					})
				);
				const text = document.body.innerText;
				const uncovered = [...new Set(text)].filter((ch) => ch.codePointAt(0)! >= 0x2e80 && !ranges.some((rs) => rs.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b)));
				return {
					families: [...new Set(faces.map((f) => f.family.replace(/["']/g, '')))],
					uncovered,
					bodyFont: getComputedStyle(document.body).fontFamily,
					charts: document.querySelectorAll('figure.chart svg[viewBox]').length,
					edition: document.querySelector('[data-testid="edition"]')?.textContent
				};
			});
			expect(r.families).toEqual(['Noto Sans SC']);
			expect(r.bodyFont).toMatch(/^["']?Noto Sans SC/);
			expect(r.uncovered).toEqual([]);
			expect(r.charts).toBe(2);
			expect(r.edition).toContain(NAME[e]);
			await context.close();
		} finally {
			await browser.close();
		}
	});
});
