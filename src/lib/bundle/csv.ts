// Reads one CSV file into a RawTable with Papa Parse. A row's LINE is its record number (the
// header is line 1); a quoted cell spanning lines counts as one.
import Papa from 'papaparse';
import { decodeText } from './decode.js';
import { rowsFromCells, type RawTable } from './raw.js';

export function parseCsv(file: string, bytes: Uint8Array): RawTable | null {
	const { text } = decodeText(bytes);
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimiter: ',' });
	return rowsFromCells(
		file,
		parsed.data.map((cells, i) => ({ line: i + 1, cells }))
	);
}
