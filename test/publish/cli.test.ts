// `publish` on the command line refuses what it cannot do before starting anything: exit 1 for a
// year the warehouse does not hold, exit 2 for a usage error, and no output folder either way.
// (The successful run through the command line is in publish.test.ts.)
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectPath } from '../../src/lib/paths.js';

const tsx = projectPath('node_modules', 'tsx', 'dist', 'cli.mjs');
const main = projectPath('src', 'cli', 'main.ts');
const work = mkdtempSync(join(tmpdir(), 'kaohe-publish-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `publish ARGS` (tsx directly, as test/cli does); the cases run side by side. */
function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
	return new Promise((resolve) => {
		execFile(process.execPath, [tsx, main, 'publish', ...args], { cwd: projectPath(), encoding: 'utf8' }, (e, out, err) =>
			resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, out, err })
		);
	});
}

describe.concurrent('publish on the command line', () => {
	it('exits 1 for a year the warehouse does not hold, saying which, and writes nothing', async () => {
		const out = join(work, 'missing-year');
		const r = await cli(['--year', '1990', '--edition', 'public', '--out', out, '--db', inject('sampleDb')]);
		expect(r.code).toBe(1);
		expect(r.err).toContain('1990');
		expect(r.out).toBe('');
		expect(existsSync(out)).toBe(false);
	});

	it.each([
		['no year', ['--edition', 'public']],
		['an unknown edition', ['--year', '2010', '--edition', 'secret']]
	])('exits 2 with the usage for %s', async (_, args) => {
		const out = join(work, `usage-${args.join('_')}`);
		const r = await cli([...args, '--out', out, '--db', inject('sampleDb')]);
		expect(r.code).toBe(2);
		expect(r.err).toContain('publish --year Y --edition public|internal --out DIR');
		expect(existsSync(out)).toBe(false);
	});

	it('exits 2 without --out', async () => {
		const r = await cli(['--year', '2010', '--edition', 'public', '--db', inject('sampleDb')]);
		expect(r.code).toBe(2);
		expect(r.err).toContain('--out');
	});
});
