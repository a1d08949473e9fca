// A year bundle uploaded as a zip of its files: unpacked into a folder for readBundle, with its
// expansion bounded (a "zip bomb" is refused before it is written out) and nothing written
// outside the folder (yauzl refuses `../` and absolute names, and only a file's own name is kept).
import { createWriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { BundleRejected } from './problems.js';
import { BUNDLE_LIMITS, mb, type BundleLimits } from './limits.js';

/** An archive's bounds: those of every bundle (src/lib/bundle/limits.ts). */
export type ZipLimits = Pick<BundleLimits, 'maxBytes' | 'maxEntries'>;

export const ZIP_LIMITS: ZipLimits = BUNDLE_LIMITS;

/** The files of a bundle; everything else in the archive (folders, __MACOSX, ._ files, notes) is skipped. */
const wanted = (path: string, name: string) => !path.startsWith('__MACOSX/') && /^(bundle\.json|policy\.json|[^./\\][^/\\]*\.csv)$/i.test(name);

/** Opens a zip held in memory or in a file. */
function open(source: Buffer | string): Promise<yauzl.ZipFile> {
	// validateEntrySizes: an entry that inflates past its declared size is an error, so the
	// declared sizes checked below are the real bound.
	const options = { lazyEntries: true, validateEntrySizes: true, strictFileNames: false };
	return new Promise((resolve, reject) => {
		const done = (e: Error | null, z?: yauzl.ZipFile) => (e ? reject(e) : resolve(z!));
		if (typeof source === 'string') yauzl.open(source, options, done);
		else yauzl.fromBuffer(source, options, done);
	});
}

/**
 * Refuses an archive (a workbook is one) of more entries, or more unpacked bytes, than a bundle
 * may have, reading only its directory. `file` names it in the problem.
 */
export async function checkArchive(path: string, file: string, limits: ZipLimits = ZIP_LIMITS): Promise<void> {
	const refuse = (message: string) => new BundleRejected([{ file, message }]);
	let zip: yauzl.ZipFile;
	try {
		zip = await open(path);
	} catch {
		throw refuse('不是有效的 .xlsx 工作簿（文件已损坏，或不是 Excel 2007 以后的格式）');
	}
	try {
		if (zip.entryCount > limits.maxEntries) throw refuse(`工作簿中的部件太多（${zip.entryCount} 个，最多 ${limits.maxEntries} 个）`);
		let total = 0;
		await new Promise<void>((resolve, reject) => {
			zip.on('error', reject);
			zip.on('end', resolve);
			zip.on('entry', (entry: yauzl.Entry) => {
				total += entry.uncompressedSize;
				if (total > limits.maxBytes) return reject(refuse(`工作簿解压后超过 ${mb(limits.maxBytes)}，已拒绝`));
				zip.readEntry();
			});
			zip.readEntry();
		});
	} catch (e) {
		if (e instanceof BundleRejected) throw e;
		throw refuse('不是有效的 .xlsx 工作簿（文件已损坏）');
	} finally {
		zip.close();
	}
}

/** Unpacks the bundle files of a zip (in memory, or the file at a path) into `dir` (which must exist); returns their names. */
export async function unpackBundleZip(bytes: Buffer | string, dir: string, limits: ZipLimits = ZIP_LIMITS): Promise<string[]> {
	const refuse = (message: string) => new BundleRejected([{ file: 'zip', message }]);
	let zip: yauzl.ZipFile;
	try {
		zip = await open(bytes);
	} catch (e) {
		throw refuse(`不是有效的 zip 文件：${(e as Error).message}`);
	}
	if (zip.entryCount > limits.maxEntries) {
		zip.close();
		throw refuse(`zip 中的文件太多（${zip.entryCount} 个，最多 ${limits.maxEntries} 个）`);
	}
	const names: string[] = [];
	let total = 0;
	try {
		await new Promise<void>((resolve, reject) => {
			zip.on('error', reject);
			zip.on('end', resolve);
			zip.on('entry', (entry: yauzl.Entry) => {
				const path = entry.fileName.replaceAll('\\', '/');
				const name = basename(path);
				if (path.endsWith('/') || !wanted(path, name)) return zip.readEntry();
				if (names.some((n) => n.toLowerCase() === name.toLowerCase()))
					return reject(refuse(`zip 中有两个 ${name}：一个数据包只能有一份`));
				total += entry.uncompressedSize;
				if (total > limits.maxBytes)
					return reject(refuse(`zip 解压后超过 ${mb(limits.maxBytes)}，已拒绝`));
				names.push(name);
				zip.openReadStream(entry, (e, stream) => {
					if (e) return reject(e);
					pipeline(stream, createWriteStream(join(dir, name), { flags: 'wx' }))
						.then(() => zip.readEntry())
						.catch(reject);
				});
			});
			zip.readEntry();
		});
	} catch (e) {
		if (e instanceof BundleRejected) throw e;
		throw refuse(`无法解压 zip：${(e as Error).message}`);
	} finally {
		zip.close();
	}
	if (!names.some((n) => n.toLowerCase() === 'bundle.json')) throw refuse('zip 中没有 bundle.json：请把一个年度数据包的所有文件打包上传');
	return names;
}
