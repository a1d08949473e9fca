// Reads a year bundle from disk, a folder or one .xlsx workbook, into a RawBundle.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from './csv.js';
import { readWorkbook } from './xlsx.js';
import { BundleRejected, type Problem } from './problems.js';
import type { RawBundle, RawTable } from './raw.js';

export async function readBundle(path: string): Promise<RawBundle> {
	let info;
	try {
		info = await stat(path);
	} catch {
		throw new BundleRejected([{ file: path, message: '找不到数据包（应为文件夹或 .xlsx 工作簿）' }]);
	}
	if (info.isFile()) {
		if (!/\.xlsx$/i.test(path)) throw new BundleRejected([{ file: path, message: '数据包应为文件夹或 .xlsx 工作簿' }]);
		const bytes = await readFile(path);
		try {
			return await readWorkbook(bytes, createHash('sha256').update(bytes).digest('hex'));
		} catch (e) {
			throw new BundleRejected([{ file: path, message: `无法读取工作簿：${(e as Error).message}` }]);
		}
	}
	return readFolder(path);
}

async function readFolder(dir: string): Promise<RawBundle> {
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
			const table = parseCsv(name, bytes);
			if (table) tables.set(lower, table);
			else tables.set(lower, { file: name, header: [], headerLine: 1, rows: [] });
		}
	}
	if (!names.some((n) => n.toLowerCase() === 'bundle.json')) problems.push({ file: 'bundle.json', message: '缺少 bundle.json' });
	if (problems.length) throw new BundleRejected(problems);
	return { manifestFile: 'bundle.json', manifest, policy, tables, checksum: hash.digest('hex') };
}
