// The bounds of one year bundle, whatever its form (a folder, a zip, a workbook): one definition,
// so that an upload and a workbook are refused at the same sizes. An archive's (zip or .xlsx)
// entries and their unpacked bytes are bounded before anything is read; the rows of one table (a
// CSV file or a sheet) while it is read, so that a file past them is refused early, not after it
// has filled the memory.

export interface BundleLimits {
	/** total bytes of an archive's entries once unpacked */
	maxBytes: number;
	/** entries in an archive, folders and ignored files included */
	maxEntries: number;
	/** rows (lines, blank ones included) of one table: a CSV file or a sheet */
	maxRows: number;
}

const env = (name: string, fallback: number) => {
	const v = Number(process.env[name]);
	return Number.isFinite(v) && v > 0 ? v : fallback;
};

/**
 * 500 MB and 100 entries, as uploads have always been bounded; a million rows a table (Excel's
 * own limit is 1,048,576; the benchmark's 100-times district, up to 1.7 M cadre ballot rows in a
 * year with rater groups, is read without it). KAOHE_MAX_UNPACKED (bytes) and KAOHE_MAX_ROWS
 * change them.
 */
export const BUNDLE_LIMITS: BundleLimits = {
	maxBytes: env('KAOHE_MAX_UNPACKED', 500 * 1024 * 1024),
	maxEntries: 100,
	maxRows: env('KAOHE_MAX_ROWS', 1_000_000)
};

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
