// Imports every year bundle found in a folder (one sub-folder or .xlsx per year), oldest first,
// reporting progress: how the sample warehouse is built, and a way to load many years at once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '../bundle/read.js';
import type { Warehouse } from './db.js';
import { importRawInto } from './import.js';

export function bundlePaths(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => statSync(join(dir, name)).isDirectory() || /\.xlsx$/i.test(name))
		.sort()
		.map((name) => join(dir, name));
}

/**
 * The bundles named on a command line: a bundle (a folder with bundle.json, or a workbook) is
 * itself; a folder without bundle.json is a folder of bundles (one per year), in name order.
 */
export function expandBundles(paths: string[]): string[] {
	return paths.flatMap((path) => {
		const folder = existsSync(path) && statSync(path).isDirectory();
		const isBundle = folder && readdirSync(path).some((n) => n.toLowerCase() === 'bundle.json');
		return folder && !isBundle ? bundlePaths(path) : [path];
	});
}

export async function importFolder(
	wh: Warehouse,
	dir: string,
	progress: (done: number, total: number, year: number) => void = () => {}
): Promise<number[]> {
	const paths = bundlePaths(dir);
	const years: number[] = [];
	for (const [i, path] of paths.entries()) {
		const { year } = await importRawInto(wh, await readBundle(path), { replace: true });
		years.push(year);
		progress(i + 1, paths.length, year);
	}
	return years;
}
