// Reads a year bundle from disk, a folder or one .xlsx workbook, into a RawBundle, within the
// bounds of every bundle (BUNDLE_LIMITS).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseCsv } from './csv.js';
import { readWorkbook } from './xlsx.js';
import { BUNDLE_LIMITS, type BundleLimits } from './limits.js';
import { BundleRejected, type Problem } from './problems.js';
import type { RawBundle, RawTable } from './raw.js';

export interface ReadOptions {
	/** How the bundle is named in problems (an upload's own file name); default its path. */
	name?: string;
	limits?: BundleLimits;
}

async function sha256(path: string): Promise<string> {
	const hash = createHash('sha256');
	await pipeline(createReadStream(path), hash);
	return hash.digest('hex');
}

export async function readBundle(path: string, options: ReadOptions = {}): Promise<RawBundle> {
	const name = options.name ?? path;
	const limits = options.limits ?? BUNDLE_LIMITS;
	let info;
	try {
		info = await stat(path);
	} catch {
		throw new BundleRejected([{ file: name, message: '找不到数据包（应为文件夹或 .xlsx 工作簿）' }]);
	}
	if (info.isFile()) {
		if (!/\.xlsx$/i.test(path)) throw new BundleRejected([{ file: name, message: '数据包应为文件夹或 .xlsx 工作簿' }]);
		try {
			return await readWorkbook(path, await sha256(path), name, limits);
		} catch (e) {
			if (e instanceof BundleRejected) throw e;
			// A library's message may hold the server's path of the upload: problems.ts strips it.
			throw new BundleRejected([{ file: name, message: `无法读取工作簿（文件已损坏或不是 .xlsx 格式）：${(e as Error).message}` }]);
		}
	}
	return readFolder(path, limits);
}

async function readFolder(dir: string, limits: BundleLimits): Promise<RawBundle> {
	const problems: Problem[] = [];
	const hash = createHash('sha256');
	const names = (await readdir(dir)).sort();
	const tables = new Map<string, RawTable>();
	let manifest: RawBundle['manifest'] = {};
	let policy: RawBundle['policy'];
	for (const name of names) {
		const lower = name.toLowerCase();
		if (lower !== 'bundle.json' && lower !== 'policy.json' && !lower.endsWith('.csv')) continue;
		const bytes = await readFile(join(dir, name));
		hash.update(name).update(bytes);
		if (lower === 'bundle.json') {
			try {
				const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
				if (value && typeof value === 'object' && !Array.isArray(value)) manifest = value as RawBundle['manifest'];
				else problems.push({ file: name, message: '应为 JSON 对象 {"year": …, "policy": …}' });
			} catch (e) {
				problems.push({ file: name, message: `不是有效的 JSON：${(e as Error).message}` });
			}
		} else if (lower === 'policy.json') {
			try {
				policy = { file: name, value: JSON.parse(new TextDecoder().decode(bytes)) };
			} catch (e) {
				policy = { file: name, error: (e as Error).message };
			}
		} else {
			let table: RawTable | null;
			try {
				table = parseCsv(name, bytes, limits);
			} catch (e) {
				if (!(e instanceof BundleRejected)) throw e;
				problems.push(...e.problems); // too many rows, or two encodings: the other files are still read
				continue;
			}
			if (table) tables.set(lower, table);
			else tables.set(lower, { file: name, header: [], headerLine: 1, rows: [] });
		}
	}
	if (!names.some((n) => n.toLowerCase() === 'bundle.json')) problems.push({ file: 'bundle.json', message: '缺少 bundle.json' });
	if (problems.length) throw new BundleRejected(problems);
	return { manifestFile: 'bundle.json', manifest, policy, tables, checksum: hash.digest('hex') };
}
