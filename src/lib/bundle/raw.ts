// A bundle as read from disk, before any check: its manifest and policy, and for each table a
// UTF-8 CSV file that DuckDB reads (the file itself, a GB18030 file converted, or a workbook's
// sheet written out), with the header as found and what DuckDB needs to give each row its LINE.
// No table's rows are held in memory: they are read and checked inside DuckDB
// (src/lib/warehouse/ingest.ts).
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import Papa from 'papaparse';

export interface RawRow {
	line: number;
	cells: string[];
}

export class RawTable {
	constructor(
		/** the name used in problems: `units.csv`, or the sheet name `units` */
		readonly file: string,
		/** the UTF-8 CSV file DuckDB reads; undefined when the table has no header (no row at all) */
		readonly path: string | undefined,
		/** the first non-blank record, trimmed */
		readonly header: string[],
		readonly headerLine: number,
		/**
		 * How a row's LINE is known: `records`, its record number in the file, blank records (which
		 * DuckDB skips) being `blanks`; or `column`, the first column of the file (a workbook's row
		 * numbers, which may skip).
		 */
		readonly lines: { kind: 'records'; blanks: number[] } | { kind: 'column' }
	) {}

	/**
	 * The rows after the header, trimmed, blank ones left out: for a caller that wants a small
	 * table in memory (a workbook made from a folder). Checks and imports never use this.
	 */
	get rows(): RawRow[] {
		if (!this.path) return [];
		const text = readFileSync(this.path, 'utf8').replace(/^\uFEFF/, '');
		const data = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: ',' }).data;
		const out: RawRow[] = [];
		data.forEach((cells, i) => {
			let line = i + 1;
			if (this.lines.kind === 'column') line = Number(cells.shift());
			const trimmed = cells.map((c) => c.trim());
			if (line > this.headerLine && trimmed.some((c) => c !== '')) out.push({ line, cells: trimmed });
		});
		return out;
	}
}

export interface RawBundle {
	/** Where bundle.json's fields were read: `bundle.json` or the sheet `bundle`. */
	manifestFile: string;
	manifest: { year?: unknown; policy?: unknown };
	/** The bundle's own policy, if it has one. */
	policy?: { file: string; value: unknown } | { file: string; error: string };
	/** Keyed by CSV file name (`units.csv`), whatever the source. */
	tables: Map<string, RawTable>;
	/** Bytes read, for the audit checksum. */
	checksum: string;
	/** A folder of files written while reading (converted CSV files, sheets), removed by dispose. */
	scratch?: string;
}

/** Removes what reading a bundle wrote. */
export async function disposeRaw(raw: RawBundle): Promise<void> {
	if (raw.scratch) await rm(raw.scratch, { recursive: true, force: true });
}
