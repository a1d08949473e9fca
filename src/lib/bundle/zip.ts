// A year bundle uploaded as a zip of its files: unpacked into a folder for readBundle, with its
// expansion bounded (a "zip bomb" is refused before it is written out) and nothing written
// outside the folder (yauzl refuses `../` and absolute names, and only a file's own name is kept).
import { createWriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { BundleRejected } from './problems.js';

export interface ZipLimits {
	/** total bytes of the files once unpacked */
	maxBytes: number;
	/** entries in the archive, folders and ignored files included */
	maxEntries: number;
}

export const ZIP_LIMITS: ZipLimits = { maxBytes: 500 * 1024 * 1024, maxEntries: 100 };

/** The files of a bundle; everything else in the archive (folders, __MACOSX, ._ files, notes) is skipped. */
const wanted = (path: string, name: string) => !path.startsWith('__MACOSX/') && /^(bundle\.json|policy\.json|[^./\\][^/\\]*\.csv)$/i.test(name);

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
	return new Promise((resolve, reject) =>
		// validateEntrySizes: an entry that inflates past its declared size is an error, so the
		// declared sizes checked below are the real bound.
		yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (e, z) => (e ? reject(e) : resolve(z)))
	);
}

/** Unpacks the bundle files of `bytes` into `dir` (which must exist); returns their names. */
export async function unpackBundleZip(bytes: Buffer, dir: string, limits: ZipLimits = ZIP_LIMITS): Promise<string[]> {
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
					return reject(refuse(`zip 解压后超过 ${Math.round(limits.maxBytes / 1024 / 1024)} MB，已拒绝`));
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
