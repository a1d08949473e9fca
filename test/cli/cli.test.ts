// The command line as other tools call it (CONTRACT.md, "The command line"): exit codes, problem
// lines on stderr, the warehouse file, and exports a reader can read back.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/lib/paths.js';
import { unitsBundle, writeBundle } from '../helpers/bundle.js';
import { tempDir } from '../helpers/temp.js';

const tsx = projectPath('node_modules', 'tsx', 'dist', 'cli.mjs');
const main = projectPath('src', 'cli', 'main.ts');

interface Run {
	code: number | null;
	out: string;
	err: string;
}

/** Runs a command to its end without blocking the worker, so that independent runs overlap. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: projectPath(), env: { ...process.env, ...env } });
		let out = '';
		let err = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, out, err }));
	});
}

/** Runs the CLI (tsx directly: `npm run` adds half a second a call); one test goes through npm. */
const cli = (args: string[], env: Record<string, string> = {}) => run(process.execPath, [tsx, main, ...args], env);

const work = tempDir('cli-');
const db = join(work, 'w.duckdb');
const y2007 = writeBundle(unitsBundle(2007, [{ id: 'A', group: 'D1', points: [58, 38] }, { id: 'T', group: 'T1', points: [60, 30] }]));
const bad = writeBundle(unitsBundle(2008, [{ id: 'A', group: 'D1', points: [61, 38] }]));

// One warehouse file imported, refused, replaced and exported in turn, then several years in one
// run (five imports, one after another); the short runs on files of their own go side by side.
describe('the command line, in turn', () => {
	it('imports through `npm run --silent cli`, exit 0', async () => {
		const r = await run('npm', ['run', '--silent', 'cli', '--', 'import', y2007, '--db', db]);
		expect(r.code).toBe(0);
		expect(existsSync(db)).toBe(true);
	});

	it('refuses the same year again with exit 1 and leaves the file as it was; --replace swaps it', async () => {
		const before = readFileSync(db);
		const r = await cli(['import', y2007, '--db', db]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/^bundle\.json: year: .*--replace/m);
		expect(readFileSync(db).equals(before)).toBe(true);
		expect((await cli(['import', y2007, '--replace', '--db', db])).code).toBe(0);
	});

	it('exports every format, readable back, with --year and KAOHE_DB', async () => {
		const env = { KAOHE_DB: db };
		const out = (f: string) => join(work, 'out', `unit_results.${f}`);
		const formats = ['csv', 'json', 'parquet', 'arrow'];
		const exports = await Promise.all(formats.map((f) => cli(['export', 'unit_results', '--year', '2007', '--format', f, '--out', out(f)], env)));
		expect(exports.map((r) => r.code)).toEqual(formats.map(() => 0));
		const json = JSON.parse(readFileSync(out('json'), 'utf8'));
		expect(json.map((r: { unit_id: string; target_score: number; grade: string }) => [r.unit_id, r.target_score, r.grade])).toEqual([
			['A', 96, 'qualified'],
			['T', 90, 'qualified']
		]);
		expect(readFileSync(out('csv'), 'utf8').split('\n')[0]).toMatch(/^year,unit_id,name,category,group_id,template,staff,target_score,vetoed,/);
		expect(readFileSync(out('parquet')).subarray(0, 4).toString()).toBe('PAR1');
		const arrow = tableFromIPC(readFileSync(out('arrow')));
		expect(arrow.numRows).toBe(2);
		expect(arrow.getChild('target_score')!.toArray()).toEqual(new Float64Array([96, 90]));
		expect((await cli(['export', 'satisfaction', '--year', '1999', '--format', 'json', '--out', join(work, 'none.json')], env)).code).toBe(0);
		expect(JSON.parse(readFileSync(join(work, 'none.json'), 'utf8'))).toEqual([]);
	});

	it('imports several bundles in one run, or a folder of year folders, all or none', async () => {
		const many = join(work, 'many.duckdb');
		const years = join(work, 'years');
		const y2008 = writeBundle(unitsBundle(2008, [{ id: 'A', group: 'D1', points: [50, 30] }]), join(years, '2008'));
		const y2009 = writeBundle(unitsBundle(2009, [{ id: 'A', group: 'D1', points: [51, 30] }]), join(years, '2009'));
		const both = await cli(['import', y2007, years, '--db', many]);
		expect(both.err).toBe('');
		expect(both.code).toBe(0);
		expect(both.out.trim().split('\n').map((l) => l.split('（')[0])).toEqual(['已导入 2007 年度', '已导入 2008 年度', '已导入 2009 年度']);

		// One bundle rejected (2008 is there already): none imported, the file as it was, and the
		// problem names its bundle.
		const before = readFileSync(many);
		const y2010 = writeBundle(unitsBundle(2010, [{ id: 'A', group: 'D1', points: [52, 30] }]));
		const r = await cli(['import', y2010, y2008, '--db', many]);
		expect(r.code).toBe(1);
		expect(r.err).toContain(`${y2008}/bundle.json: year: 2008 年度已在数据仓库中`);
		expect(readFileSync(many).equals(before)).toBe(true);
		expect((await cli(['import', y2010, y2008, y2009, '--replace', '--db', many])).code).toBe(0);
		const bad2 = await cli(['import', y2010, bad, '--replace', '--db', many]);
		expect(bad2.code).toBe(1);
		expect(bad2.err.trim().split('\n')).toContain(`${bad}/target_scores.csv:2: points: 得分 61 超出范围 0..60`);
	});
});

describe.concurrent('the command line, side by side', () => {
	it('validate reports FILE:LINE: COLUMN: lines with exit 1 and opens no warehouse', async () => {
		const r = await cli(['validate', bad], { KAOHE_DB: join(work, 'never.duckdb') });
		expect(r.code).toBe(1);
		expect(r.err.trim().split('\n')).toContain('target_scores.csv:2: points: 得分 61 超出范围 0..60');
		expect(existsSync(join(work, 'never.duckdb'))).toBe(false);
		expect((await cli(['validate', y2007])).code).toBe(0);
	});

	it('gives exit 2 on a usage error', async () => {
		const runs = await Promise.all([cli(['import']), cli(['export', 'unit_results', '--format', 'xml', '--out', join(work, 'x')]), cli(['frobnicate'])]);
		expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
	});

	it('gives exit 3, saying why, when the warehouse cannot be opened', async () => {
		const notDb = join(work, 'not.duckdb');
		writeFileSync(notDb, 'this is not a database');
		const r = await cli(['import', y2007, '--db', notDb]);
		expect(r.code).toBe(3);
		expect(r.err).toMatch(/无法打开数据仓库/);
		const dir = join(work, 'adir');
		mkdirSync(dir);
		expect((await cli(['export', 'alerts', '--format', 'csv', '--out', join(work, 'a.csv'), '--db', dir])).code).toBe(3);
	});
});
