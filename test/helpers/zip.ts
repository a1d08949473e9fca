// Zip files made in memory for upload tests (yazl): entries by name, as a browser user would
// zip a bundle's folder, or crafted ones (paths that try to escape, oversized entries).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';

export function zipOf(entries: Record<string, Buffer | string>): Promise<Buffer> {
	const zip = new yazl.ZipFile();
	for (const [name, data] of Object.entries(entries)) zip.addBuffer(Buffer.from(data), name);
	zip.end();
	const chunks: Buffer[] = [];
	return new Promise((resolve, reject) => {
		zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
		zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
		zip.outputStream.on('error', reject);
	});
}

/** A bundle folder's files zipped under `prefix` (a top folder, as "compress folder" makes). */
export function zipFolder(dir: string, prefix = ''): Promise<Buffer> {
	return zipOf(Object.fromEntries(readdirSync(dir).map((f) => [prefix + f, readFileSync(join(dir, f))])));
}
