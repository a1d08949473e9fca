// Hostile input (issue #5) on a small warehouse whose unit and cadre names are markup, spreadsheet
// formulas, quotes and commas, a closing </svg> and an entity (test/helpers/hostile.ts):
// - pages show the names as text, in their source and in Chromium (no dialog, no injected element,
//   the literal name visible, also inside the SVG charts);
// - CSV and XLSX downloads and the published workbook and feedback sheets never hold a formula, and
//   every text cell that a spreadsheet would run is neutralised; the published PDF prints the names;
// - ids in URLs that try a path, SQL, a NUL or a huge id are a 400 or 404, never a 500, a file or
//   another id's rows;
// - forms from another origin, or with no origin, are refused with a 403 and change nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../src/cli/publish.js';
import type { GetOptions } from '../../src/cli/serve.js';
import type { Role } from '../../src/lib/auth/roles.js';
import { summaryWorkbook } from '../../src/lib/publish/workbook.js';
import { DATASETS, type Dataset } from '../../src/lib/server/datasets.js';
import { loadSummary } from '../../src/lib/summary/load.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { launchBrowser, visit } from '../helpers/browser.js';
import { HOSTILE_NAMES, HOSTILE_UNITS, HOSTILE_YEARS, hostileCadreName, hostileWarehouse, worksheetXml, type HostileWarehouse } from '../helpers/hostile.js';
import { startSite, type Site } from '../helpers/site.js';
import { USE_PARAMS, isUseParam } from '../../src/lib/use/actions.js';

const YEAR = 2010;
const NAMES: readonly string[] = HOSTILE_NAMES;
const CADRES = HOSTILE_UNITS.flatMap((u) => [`${u}-s`, `${u}-m`]);
const name = (i: number) => NAMES[i]!;

let hostile: HostileWarehouse;
let site: Site;

beforeAll(async () => {
	hostile = await hostileWarehouse();
	site = await startSite(hostile.db);
});
afterAll(async () => {
	await site?.stop();
	hostile?.remove();
});

const get = async (path: string, init: GetOptions = {}) => {
	const res = await site.get(path, init);
	return { status: res.status, location: res.headers.get('location'), body: await res.text(), res };
};

const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for `text` as HTML writes it as text or in an attribute: `<` and `&` always escaped,
 * `>` and `"` escaped or not (both are valid HTML).
 */
function escapedPattern(text: string): RegExp {
	const forms: Record<string, string> = { '<': '(?:&lt;|&#60;|&#x3c;)', '&': '(?:&amp;|&#38;|&#x26;)', '>': '(?:>|&gt;|&#62;|&#x3e;)', '"': '(?:"|&quot;|&#34;|&#x22;)' };
	return new RegExp([...text].map((c) => forms[c] ?? regexEscape(c)).join(''), 'i');
}

/** The page's markup without its script elements (whose JSON payload holds the names as JS strings). */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

/** No hostile name stands in `html` as markup; each of `shown` is there as escaped text. */
function expectInert(html: string, where: string, shown: readonly string[]) {
	expect(html, where).not.toMatch(/<script>alert/i);
	expect(html, where).not.toMatch(/<img src=x/i);
	expect(html, where).not.toContain('</svg>与');
	expect(html, where).not.toMatch(/href="http:\/\/evil\.example/);
	// the entity in a name is written as &amp;amp; (else a reader sees "&" where the name has "&amp;")
	expect(withoutScripts(html), where).not.toMatch(/与&amp;实体/);
	for (const n of shown) expect(html, `${where}: ${n}`).toMatch(escapedPattern(n));
}

// ── Pages ──

/** Each page and the names it must show. */
const PAGES: [path: string, shown: readonly string[]][] = [
	['/', [name(0), name(1)]], // alerts: bottom two two years running
	[`/rankings?year=${YEAR}`, NAMES],
	['/bottom-two', [name(0), name(1), name(5), name(7)]],
	['/rewards', NAMES],
	...HOSTILE_UNITS.map((u, i): [string, string[]] => [`/units/${u}`, [name(i), hostileCadreName(`${u}-s`), hostileCadreName(`${u}-m`)]]),
	...CADRES.map((c): [string, string[]] => [`/cadres/${c}`, [hostileCadreName(c), name(Number(c[1]))]]),
	['/search?q=script', [name(0)]],
	['/search?q=%3D', [name(2)]],
	[`/summary/${YEAR}`, NAMES],
	[`/summary/${YEAR}/internal`, NAMES]
];

describe('pages show hostile names as text', () => {
	it('escapes every name in the pages’ HTML, in Chinese and in English', async () => {
		for (const [path, shown] of PAGES)
			for (const lang of ['zh', 'en']) {
				const { status, body } = await get(path, { lang });
				expect(status, path).toBe(200);
				expectInert(body, `${path} (${lang})`, shown);
			}
		// every page once per language, the first computing its 评议质量 marks: long on a busy machine
	});

	it('draws the names as text in the server-rendered SVG charts', async () => {
		const { body } = await get(`/rankings?year=${YEAR}`);
		const svgs = [...body.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('\n');
		// every unit's name is an axis label of its group's chart, and the label of its bar
		for (const n of NAMES) {
			expect(svgs, n).toMatch(new RegExp(`<text[^>]*>${escapedPattern(n).source}</text>`, 'i'));
			expect(svgs, n).toMatch(new RegExp(`aria-label="${escapedPattern(n).source} \\d+\\.\\d\\d"`, 'i'));
		}
	});

	describe('in Chromium', () => {
		let browser: Browser;
		beforeAll(async () => {
			browser = await launchBrowser();
		});
		afterAll(async () => browser?.close());

		/** The pages opened in the browser, the names visible on each, and those drawn in its charts. */
		const BROWSER_PAGES: [path: string, shown: readonly string[], charted: readonly string[]][] = [
			['/', [name(0), name(1)], []],
			[`/rankings?year=${YEAR}`, NAMES, NAMES],
			['/bottom-two', [name(0), name(1), name(5), name(7)], [name(0), name(1), name(5), name(7)]],
			['/rewards', NAMES, []],
			['/units/U0', [name(0), name(7)], []],
			['/units/U7', [name(7), name(0)], []],
			['/cadres/U7-m', [name(0), name(7)], []],
			['/search?q=script', [name(0)], []],
			[`/summary/${YEAR}`, NAMES, []],
			[`/summary/${YEAR}/internal`, NAMES, []]
		];

		// The pages in several tabs at once, each in a context of its own.
		describe.concurrent('fires no dialog, adds no element, and shows each name as visible text (also in the charts)', () => {
			for (const [path, shown, charted] of BROWSER_PAGES)
				it(path, async ({ expect }) => {
					// a dialog listener in place from the start of the load
					const dialogs: string[] = [];
					const { page } = await visit(browser, site.url + path, 'analyst', {
						onPage: (p) =>
							p.on('dialog', (d) => {
								dialogs.push(d.message());
								void d.dismiss();
							})
					});
					try {
						// hover the chart marks: a tip must not run a name either
						for (const mark of (await page.locator('svg [aria-label] rect, svg circle').all()).slice(0, 6)) await mark.hover({ force: true, timeout: 2_000 }).catch(() => {});
						expect(dialogs, path).toEqual([]);
						const injected = await page.evaluate(() => ({
							img: document.querySelectorAll('img[src="x"]').length,
							onerror: document.querySelectorAll('[onerror]').length,
							scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.trim() === 'alert(1)').length,
							links: document.querySelectorAll('a[href^="http://evil"]').length
						}));
						expect(injected, path).toEqual({ img: 0, onerror: 0, scripts: 0, links: 0 });
						// tables folded away in <details> (数据表) are opened, as a reader would
						await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
						const visible = await page.locator('main').innerText();
						for (const n of shown) expect(visible, `${path}: ${n}`).toContain(n);
						const chartText = (await page.$$eval('svg text, svg title', (els) => els.map((e) => e.textContent ?? ''))).join('\n');
						for (const n of charted) expect(chartText, `${path} chart: ${n}`).toContain(n);
					} finally {
						await page.context().close();
					}
				});
		});
	});
});

// ── Spreadsheets ──

/** Cells that a spreadsheet would run: =, +, -, @ (and tab, CR) first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;
/** A name as a CSV cell: a leading apostrophe when a spreadsheet would run it. */
const inert = (n: string) => (FORMULA_START.test(n) ? `'${n}` : n);

function paramSets(ds: Dataset): Record<string, string>[] {
	let sets: Record<string, string>[] = [{}];
	for (const p of ds.params) {
		const values = p === 'year' ? HOSTILE_YEARS.map(String) : p === 'unit' ? HOSTILE_UNITS : isUseParam(p) ? [String(USE_PARAMS[p].default)] : CADRES;
		sets = sets.flatMap((s) => values.map((v) => ({ ...s, [p]: v })));
	}
	return sets;
}

const downloads = (format: 'csv' | 'xlsx') =>
	Object.entries(DATASETS).flatMap(([dataset, ds]) => paramSets(ds).map((params) => `/data/${dataset}?${new URLSearchParams({ ...params, format })}`));

/** Every cell of every sheet of a workbook must be a value (no formula); returns the text cells. */
async function workbookTexts(bytes: Buffer | Uint8Array, where: string): Promise<string[]> {
	const buffer = Buffer.from(bytes);
	for (const [entry, xml] of await worksheetXml(buffer)) {
		expect(xml, `${where} ${entry}`).not.toMatch(/<f[\s>/]/);
		expect(xml, `${where} ${entry}`).not.toMatch(/\bt="str"/);
	}
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(buffer as unknown as ArrayBuffer);
	const texts: string[] = [];
	const values = new Set([ExcelJS.ValueType.Null, ExcelJS.ValueType.Number, ExcelJS.ValueType.String, ExcelJS.ValueType.Boolean, ExcelJS.ValueType.Date]);
	for (const ws of book.worksheets)
		ws.eachRow((row) =>
			row.eachCell((cell) => {
				expect(cell.formula, `${where} ${ws.name}!${cell.address}`).toBeFalsy();
				expect(values.has(cell.type), `${where} ${ws.name}!${cell.address} type ${cell.type}`).toBe(true);
				if (typeof cell.value === 'string') texts.push(cell.value);
			})
		);
	return texts;
}

/** A name is in a workbook as a string cell: as it is, or with the apostrophe of a CSV cell. */
function expectNamesIn(texts: string[], names: readonly string[], where: string) {
	for (const n of names) expect(texts.includes(n) || texts.includes(`'${n}`), `${where}: ${n}`).toBe(true);
}

describe('spreadsheets neutralise formulas', () => {
	it('writes every CSV download with no cell a spreadsheet would run, the names kept', async () => {
		const cells = new Set<string>();
		for (const path of downloads('csv')) {
			const { status, body, res } = await get(path);
			expect(status, path).toBe(200);
			expect(res.headers.get('content-type'), path).toMatch(/^text\/csv/);
			const parsed = Papa.parse<string[]>(body.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
			expect(parsed.errors, path).toEqual([]);
			for (const row of parsed.data)
				for (const cell of row) {
					if (FORMULA_START.test(cell)) expect(cell, `${path}: a cell that a spreadsheet would run`).toMatch(NUMBER);
					cells.add(cell);
				}
		}
		for (const n of NAMES) expect(cells.has(inert(n)), n).toBe(true);
		// the year's rankings: every unit's name, in the 单位 column, inert, quotes and commas kept
		const { body } = await get(`/data/rankings?year=${YEAR}&format=csv`);
		const rows = Papa.parse<Record<string, string>>(body.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
		expect(rows.map((r) => r['单位']).sort()).toEqual(NAMES.map(inert).sort());
		expect(body).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
		expect(body).toContain(`"""引号"",逗号"`);
	});

	it('writes every XLSX download with values only (no formula), the names as strings', async () => {
		const texts: string[] = [];
		for (const path of downloads('xlsx')) {
			const res = await site.get(path);
			expect(res.status, path).toBe(200);
			texts.push(...(await workbookTexts(Buffer.from(await res.arrayBuffer()), path)));
		}
		expectNamesIn(texts, NAMES, 'xlsx downloads');
	});
});

// ── Ids in URLs ──

describe('ids in URLs reach no file, no other SQL and no other id', () => {
	const HOSTILE_PATHS = [
		'/units/..%2F..%2Fetc%2Fpasswd',
		'/units/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
		"/cadres/'%20OR%201=1--",
		"/units/U0'%20OR%20'1'='1",
		'/units/%00',
		'/cadres/%00',
		`/units/${'x'.repeat(10_000)}`,
		`/cadres/${'x'.repeat(10_000)}`,
		'/data/..%2Fqueries%2Fsite%2Fyears',
		'/data/..%2F..%2Fpackage.json?format=csv',
		'/data/rankings?year=2010%20OR%201=1&format=csv',
		"/data/rankings?year=2010'--&format=csv",
		'/data/rankings?year=2010&format=../../x',
		'/data/rankings?year=2010&format=..%2F..%2Fx',
		`/data/unit_years?unit=${'x'.repeat(10_000)}&format=csv`,
		'/data/constructor?format=csv',
		'/data/__proto__?format=csv',
		'/import/..%2F..%2Fetc%2Fpasswd',
		'/import/%00',
		'/summary/2010abc',
		'/summary/..%2F..%2Fetc%2Fpasswd',
		'/summary/2010abc/internal',
		'/rankings?year=abc',
		'/rankings?year=2010%20OR%201=1',
		'/bottom-two?year=abc',
		'/bottom-two?year=2010%3B%20DROP%20TABLE%20units'
	];

	it('answers each with a 400 or 404, never a 500, a file or rows', async () => {
		for (const path of HOSTILE_PATHS) {
			const { status, body } = await get(path, { headers: { accept: 'text/html' } });
			expect([400, 404], `${path} → ${status}`).toContain(status);
			expect(body, path).not.toMatch(/root:.*:0:0|"name":\s*"kaohe"|SELECT|Parser Error|Binder Error|Conversion Error|syntax error|DuckDB/i);
			// no unit or cadre of the warehouse: no link to one, none of their names
			expect(body, path).not.toMatch(/\/(units|cadres)\/U[0-7](-[sm])?["?]/);
			expect(body, path).not.toMatch(/(^|\n|,)U[0-7](-[sm])?,/); // no CSV row
			for (const n of NAMES) expect(body, `${path}: ${n}`).not.toMatch(escapedPattern(n));
		}
		// an id that tries SQL in a download's parameter is bound as it is: a file with no rows
		for (const path of ["/data/unit_years?unit='%20OR%201=1--&format=csv", "/data/cadre_years?cadre=U0-s'%20OR%20'1'='1&format=csv", '/data/unit_years?unit=U0%00&format=csv']) {
			const { status, body } = await get(path);
			if (status === 200) expect(body.replace(/^\uFEFF/, '').trim().split('\r\n'), path).toHaveLength(1); // the header only
			else expect([400, 404], `${path} → ${status}`).toContain(status);
		}
		// the site still answers
		const after = await get(`/rankings?year=${YEAR}`);
		expect(after.status).toBe(200);
		expectInert(after.body, 'rankings after', NAMES);
		const csv = await get(`/data/rankings?year=${YEAR}&format=csv`);
		expect(csv.status).toBe(200);
	});

	it('echoes a hostile id or query back only as text', async () => {
		const SCRIPT = '%3Cscript%3Ealert(1)%3C%2Fscript%3E';
		const IMG = '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E';
		for (const path of [
			`/units/${SCRIPT}`,
			`/cadres/${IMG}`,
			`/search?q=${SCRIPT}`,
			`/search?q=${IMG}`,
			`/rankings?year=${SCRIPT}`,
			`/rewards?year=${SCRIPT}`, // falls back to the latest year, saying which year was asked for
			`/rewards?standard=${IMG}&basic_rate=${SCRIPT}`,
			`/data/${SCRIPT}?format=csv`,
			`/data/rankings?year=2010&format=${IMG}`,
			`/summary/${IMG}`
		]) {
			const { status, body } = await get(path, { headers: { accept: 'text/html' } });
			expect([200, 400, 404], `${path} → ${status}`).toContain(status);
			expect(body, path).not.toMatch(/<script>alert|<img src=x/i);
		}
	});

	it('names a download after a hostile id without bending its header', async () => {
		for (const unit of ["..%2F..%2Fx'%22%3B%20filename%3Devil.exe", '%3Cscript%3E(1)*!']) {
			const res = await site.get(`/data/unit_years?unit=${unit}&format=csv`);
			expect(res.status).toBe(200);
			const disposition = res.headers.get('content-disposition')!;
			const m = /^attachment; filename="kaohe\.csv"; filename\*=UTF-8''([A-Za-z0-9%._~-]+)$/.exec(disposition);
			expect(m, disposition).not.toBeNull();
			expect(decodeURIComponent(m![1]!)).toBe(`单位档案-${decodeURIComponent(unit)}.csv`);
		}
	});

	it('still finds the real ids', async () => {
		// so that the 404s above are about the ids, not about the routes
		for (const path of ['/units/U0', '/cadres/U0-s', `/data/unit_years?unit=U0&format=csv`, `/summary/${YEAR}`]) expect((await get(path)).status, path).toBe(200);
	});
});

// ── Forms check their origin ──

describe('forms check their origin', () => {
	const EVIL = 'http://evil.example';
	const post = (path: string, role: Role | null, origin: string | null, body: BodyInit, contentType?: string) =>
		get(path, {
			method: 'POST',
			role,
			headers: { ...(origin ? { origin } : {}), accept: 'text/html', ...(contentType ? { 'content-type': contentType } : {}) },
			body
		});

	/** Every file of the site's state folder (accounts, publications, audit log…): nothing may change. */
	function stateFiles(): Record<string, string> {
		const out: Record<string, string> = {};
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				const p = join(dir, e.name);
				if (e.isDirectory()) walk(p);
				else out[p.slice(site.state.length)] = readFileSync(p, 'utf8');
			}
		};
		walk(site.state);
		return out;
	}
	const accounts = () => JSON.parse(readFileSync(join(site.state, 'accounts.json'), 'utf8')) as { name: string; role: string; hash: string | null; disabled: boolean }[];
	const form = (fields: Record<string, string>) => {
		const f = new FormData();
		for (const [k, v] of Object.entries(fields)) f.set(k, v);
		return f;
	};
	/** The public's view of a year's summary: a redirect to sign in until the year is published. */
	const publicSummary = async (year: number) => {
		const r = await get(`/summary/${year}`, { role: null, headers: { accept: 'text/html' } });
		return { status: r.status, location: r.location };
	};
	const PASSWORD = 'Hostile-Test-passw0rd-2010';

	/** Each form: path, role, body. */
	const FORMS: [path: string, role: Role | null, body: () => BodyInit][] = [
		['/signin', null, () => new URLSearchParams({ name: 'test-analyst', password: 'x', next: '/' })],
		[`/summary/${YEAR}?/publish`, 'analyst', () => new URLSearchParams()],
		[`/summary/${YEAR - 1}?/publish`, 'analyst', () => form({})],
		[`/summary/${YEAR}?/withdraw`, 'analyst', () => new URLSearchParams()],
		['/admin/users?/add', 'admin', () => form({ name: 'mallory', role: 'admin' })],
		['/admin/users?/reset', 'admin', () => new URLSearchParams({ name: 'test-leader' })],
		['/admin/users?/disable', 'admin', () => new URLSearchParams({ name: 'test-analyst', disabled: 'true' })],
		['/admin/users?/role', 'admin', () => new URLSearchParams({ name: 'test-leader', role: 'admin' })],
		['/account', 'leader', () => form({ current: '', password: PASSWORD, again: PASSWORD })],
		['/import?/upload', 'analyst', () => form({ bundle: 'x' })],
		['/import?/confirm', 'analyst', () => new URLSearchParams({ job: 'x' })],
		['/signout', 'analyst', () => new URLSearchParams()]
	];

	it('refuses every form from another origin or with no origin with a 403, changing nothing', async () => {
		const before = stateFiles();
		expect((await publicSummary(YEAR)).status).toBe(303);
		for (const [path, role, body] of FORMS)
			for (const origin of [EVIL, null, 'null', site.url.replace('127.0.0.1', 'localhost')]) {
				const r = await post(path, role, origin, body());
				expect(r.status, `${path} from ${origin}`).toBe(403);
				expect(r.res.headers.get('set-cookie'), `${path} from ${origin}`).toBeNull();
			}
		// not a form either: a JSON body from another origin
		expect((await post(`/summary/${YEAR}?/publish`, 'analyst', EVIL, '{}', 'application/json')).status).toBe(403);
		expect(stateFiles()).toEqual(before);
		for (const year of HOSTILE_YEARS) {
			const p = await publicSummary(year);
			expect(p.status, String(year)).toBe(303);
			expect(p.location, String(year)).toMatch(/^\/signin\?next=/);
		}
		expect(accounts().map((a) => a.name)).not.toContain('mallory');
		expect(accounts().find((a) => a.name === 'test-leader')).toMatchObject({ role: 'leader', hash: null });
		expect((await get('/', { role: 'analyst' })).status).toBe(200); // not signed out either
	});

	it('accepts the same forms from the site itself (so the 403s above are about the origin)', async () => {
		// sign in: reaches the password check
		expect((await post('/signin', null, site.url, new URLSearchParams({ name: 'test-analyst', password: 'x', next: '/' }))).status).toBe(400);
		// publish a year: the public may then read it; the other year stays closed
		const notice = { start: '2026-12-01', end: '2026-12-07', contact: '023-12345678', issuer: '中共某某区委组织部', confirm: 'yes' };
		const published = await post(`/summary/${YEAR - 1}?/publish`, 'analyst', site.url, new URLSearchParams(notice));
		expect(published.status).toBe(303);
		expect((await publicSummary(YEAR - 1)).status).toBe(200);
		expect((await publicSummary(YEAR)).status).toBe(303);
		// add an account
		const added = await post('/admin/users?/add', 'admin', site.url, form({ name: 'mallory', role: 'leader' }));
		expect(added.status).toBe(200);
		expect(accounts().map((a) => a.name)).toContain('mallory');
		// set one's password (last: it ends the leader's other sessions)
		const account = await post('/account', 'leader', site.url, form({ current: '', password: PASSWORD, again: PASSWORD }));
		expect(account.status).toBe(200);
		expect(accounts().find((a) => a.name === 'test-leader')!.hash).not.toBeNull();
	});
});

// ── The published files (last: publish() builds the site first when its sources changed) ──

describe('the published files keep the names inert', () => {
	let out: string;
	let files: string[];
	beforeAll(async () => {
		out = mkdtempSync(join(tmpdir(), 'kaohe-hostile-publish-'));
		files = await publish({ db: hostile.db, year: YEAR, edition: 'public', out, feedback: true });
	});
	afterAll(() => {
		if (out) rmSync(out, { recursive: true, force: true });
	});

	const file = (ext: string) => files.find((f) => dirname(f) === out && f.endsWith(ext))!;

	it('writes every file inside the output folder, the feedback sheets named without path characters', () => {
		for (const f of files) expect(f.startsWith(out + '/'), f).toBe(true);
		const feedback = files.filter((f) => f.includes('反馈单') && f.endsWith('.xlsx') && dirname(f) !== out);
		expect(feedback).toHaveLength(NAMES.length);
		for (const f of feedback) {
			expect(basename(f)).not.toMatch(/[<>"/\\:*?|]/);
			expect(readdirSync(dirname(f))).toContain(basename(f));
		}
	});

	it('keeps the names as text in the self-contained HTML', () => {
		expectInert(readFileSync(file('.html'), 'utf8'), 'published html', NAMES);
	});

	it('prints every name literally in the PDF', () => {
		const pdf = file('.pdf');
		expect(existsSync(pdf)).toBe(true);
		let text: string;
		try {
			text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
		} catch (e) {
			throw new Error(`pdftotext (poppler-utils) is needed: apt-get install poppler-utils (${(e as Error).message})`);
		}
		const compact = (s: string) => s.replace(/\s+/g, '');
		for (const n of NAMES) expect(compact(text), n).toContain(compact(n));
	});

	it('writes the summary workbook with values only and every unit’s name', async () => {
		expectNamesIn(await workbookTexts(readFileSync(file('.xlsx')), 'summary workbook'), NAMES, 'summary workbook');
	});

	it('writes the internal edition’s workbook with values only and the cadres’ names', async () => {
		const wh = await Warehouse.open(hostile.db, { readOnly: true });
		try {
			const summary = await loadSummary(wh, YEAR, 'internal');
			const texts = await workbookTexts(await summaryWorkbook(summary!), 'internal workbook');
			expectNamesIn(texts, NAMES, 'internal workbook');
			// the alerts and the usage sheet name the cadres (U0-m is HOSTILE_NAMES[7], U2-m [5])
			expectNamesIn(texts, [hostileCadreName('U0-m'), hostileCadreName('U2-m')], 'internal workbook');
		} finally {
			wh.close();
		}
	});

	it('writes each unit’s feedback sheet with values only and the unit’s name', async () => {
		const feedback = files.filter((f) => dirname(f) !== out);
		for (const [i, unit] of HOSTILE_UNITS.entries()) {
			const f = feedback.find((p) => basename(p).includes(`-${unit}-`))!;
			expect(f, unit).toBeDefined();
			expectNamesIn(await workbookTexts(readFileSync(f), basename(f)), [name(i)], basename(f));
		}
	});
});
