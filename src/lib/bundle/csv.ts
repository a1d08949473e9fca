// Reads one CSV file into a RawTable with Papa Parse. A row's LINE is its record number (the
// header is line 1); a quoted cell spanning lines counts as one. A file of more rows than a table
// may hold is refused before it is decoded or parsed (counting line feeds costs next to nothing).
import Papa from 'papaparse';
import { csvRecords, decodeText, lineFeeds } from './decode.js';
import { BUNDLE_LIMITS, type BundleLimits } from './limits.js';
import { BundleRejected } from './problems.js';
import { rowsFromCells, type RawTable } from './raw.js';

/** The records of `bytes` when they are more than the header and maxRows rows, else undefined. */
function tooManyRows(bytes: Uint8Array, maxRows: number): number | undefined {
	if (lineFeeds(bytes) <= maxRows + 1) return undefined;
	let n = 0;
	for (const _ of csvRecords(bytes)) n++; // quoted line breaks do not count
	return n > maxRows + 1 ? n : undefined;
}

export function parseCsv(file: string, bytes: Uint8Array, limits: Pick<BundleLimits, 'maxRows'> = BUNDLE_LIMITS): RawTable | null {
	const records = tooManyRows(bytes, limits.maxRows);
	if (records !== undefined)
		throw new BundleRejected([{ file, message: `文件有 ${records} 行，超过每个表最多 ${limits.maxRows} 行的上限，已拒绝` }]);
	const { text } = decodeText(file, bytes);
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimiter: ',' });
	return rowsFromCells(
		file,
		parsed.data.map((cells, i) => ({ line: i + 1, cells }))
	);
}
