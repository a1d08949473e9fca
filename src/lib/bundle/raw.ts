// A table as read from a CSV file or a workbook sheet, before any check: trimmed text cells with
// the line (or sheet row) each row came from. Blank lines are already gone.

export interface RawRow {
	line: number;
	cells: string[];
}

export interface RawTable {
	file: string; // the name used in problems: `units.csv`, or the sheet name `units`
	header: string[];
	headerLine: number;
	rows: RawRow[];
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
}

/** Trims every cell (in place), drops blank lines, and takes the first line left as the header. */
export function rowsFromCells(file: string, matrix: { line: number; cells: string[] }[]): RawTable | null {
	const lines: RawRow[] = [];
	for (const r of matrix) {
		const cells = r.cells;
		let blank = true;
		for (let i = 0; i < cells.length; i++) {
			const c = cells[i]!.trim();
			cells[i] = c;
			if (c !== '') blank = false;
		}
		if (!blank) lines.push(r);
	}
	const head = lines.shift();
	if (!head) return null;
	return { file, header: head.cells, headerLine: head.line, rows: lines };
}
