// Reads a year bundle from disk, a folder or one .xlsx workbook, into a RawBundle, within the
// bounds of every bundle (BUNDLE_LIMITS): its manifest and policy, and each table as a UTF-8 CSV
// file for DuckDB (csv.ts, xlsx.ts).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { prepareCsv } from './csv.js';
import { readWorkbook } from './xlsx.js';
import { BUNDLE_LIMITS, type BundleLimits } from './limits.js';
import { BundleRejected, type Problem } from './problems.js';
import { RawTable, disposeRaw, type RawBundle } from './raw.js';

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
	const raw: RawBundle = { manifestFile: 'bundle.json', manifest: {}, tables, checksum: '' };
	const scratch = async () => (raw.scratch ??= await mkdtemp(join(tmpdir(), 'kaohe-read-')));
	try {
		for (const name of names) {
			const lower = name.toLowerCase();
			if (lower !== 'bundle.json' && lower !== 'policy.json' && !lower.endsWith('.csv')) continue;
			if (lower.endsWith('.csv')) {
				try {
					tables.set(lower, await prepareCsv(name, join(dir, name), scratch, hash, limits));
				} catch (e) {
					if (!(e instanceof BundleRejected)) throw e;
					problems.push(...e.problems); // too many rows, or two encodings: the other files are still read
				}
				continue;
			}
			const bytes = await readFile(join(dir, name));
			hash.update(name).update(bytes);
			if (lower === 'bundle.json') {
				try {
					const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
					if (value && typeof value === 'object' && !Array.isArray(value)) raw.manifest = value as RawBundle['manifest'];
					else problems.push({ file: name, message: '应为 JSON 对象 {"year": …, "policy": …}' });
				} catch (e) {
					problems.push({ file: name, message: `不是有效的 JSON：${(e as Error).message}` });
				}
			} else {
				try {
					raw.policy = { file: name, value: JSON.parse(new TextDecoder().decode(bytes)) };
				} catch (e) {
					raw.policy = { file: name, error: (e as Error).message };
				}
			}
		}
		if (!names.some((n) => n.toLowerCase() === 'bundle.json')) problems.push({ file: 'bundle.json', message: '缺少 bundle.json' });
		if (problems.length) throw new BundleRejected(problems);
	} catch (e) {
		await disposeRaw(raw);
		throw e;
	}
	raw.checksum = hash.digest('hex');
	return raw;
}
