// Unpacking an uploaded zip: the bundle's files land in the folder and nowhere else, and an
// archive that would expand past the bound is refused.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unpackBundleZip } from './zip.js';
import { BundleRejected } from './problems.js';
import { zipOf } from '../../../test/helpers/zip.js';

let dir: string;
let out: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'kaohe-zip-'));
	out = join(dir, 'out');
	mkdirSync(out);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const problemsOf = async (p: Promise<unknown>) => {
	const e = await p.catch((x: unknown) => x);
	expect(e).toBeInstanceOf(BundleRejected);
	return (e as BundleRejected).problems.map((x) => x.message).join('\n');
};

describe('unpackBundleZip', () => {
	it('keeps the bundle files of a zipped folder, skipping everything else', async () => {
		const zip = await zipOf({ '2010/bundle.json': '{"year":2010}', '2010/units.csv': 'unit_id\n', '__MACOSX/._units.csv': 'x', '2010/说明.txt': 'x' });
		expect((await unpackBundleZip(zip, out)).sort()).toEqual(['bundle.json', 'units.csv']);
		expect(readdirSync(out).sort()).toEqual(['bundle.json', 'units.csv']);
		expect(readFileSync(join(out, 'bundle.json'), 'utf8')).toBe('{"year":2010}');
	});
	it('refuses an entry named ../../x.csv, writing nothing above the folder', async () => {
		// yazl will not write such a name: write one of the same length and change its bytes.
		const made = await zipOf({ 'bundle.json': '{}', 'aa/aa/escape.csv': 'a\n' });
		const zip = Buffer.from(made.toString('latin1').replaceAll('aa/aa/escape.csv', '../../escape.csv'), 'latin1');
		expect(await problemsOf(unpackBundleZip(zip, out))).toContain('invalid relative path');
		expect(existsSync(join(dir, 'escape.csv'))).toBe(false);
	});
	it('refuses an archive that expands past the bound, too many entries, two copies of a file, no bundle.json, or not a zip', async () => {
		const big = await zipOf({ 'bundle.json': '{}', 'units.csv': Buffer.alloc(5_000_000) });
		expect(big.length).toBeLessThan(20_000);
		expect(await problemsOf(unpackBundleZip(big, out, { maxBytes: 1_000_000, maxEntries: 10 }))).toContain('解压后超过');
		const many = await zipOf(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, 'x'])));
		expect(await problemsOf(unpackBundleZip(many, out, { maxBytes: 1e6, maxEntries: 10 }))).toContain('文件太多');
		const fresh = (name: string) => {
			mkdirSync(join(dir, name));
			return join(dir, name);
		};
		const twice = await zipOf({ 'a/units.csv': 'x', 'b/units.csv': 'y', 'bundle.json': '{}' });
		expect(await problemsOf(unpackBundleZip(twice, fresh('twice')))).toContain('两个 units.csv');
		const none = await zipOf({ 'units.csv': 'x' });
		expect(await problemsOf(unpackBundleZip(none, fresh('none')))).toContain('没有 bundle.json');
		expect(await problemsOf(unpackBundleZip(Buffer.from('not a zip'), fresh('junk')))).toContain('不是有效的 zip');
	});
});
