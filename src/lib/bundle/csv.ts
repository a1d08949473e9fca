// Prepares one CSV file of a bundle for DuckDB's read_csv, in one streamed pass over its bytes
// (also hashed for the audit checksum): is it UTF-8 throughout, does it have more rows than a
// table may hold, has it blank records (DuckDB skips them, so they are counted here to keep each
// row's LINE its record number, the header being 1). A file that is not UTF-8 is converted as
// decode.ts says (one encoding throughout, or refused at its first line of the other), streamed.
// Only the header is parsed here.
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import Papa from 'papaparse';
import { convertToUtf8, csvRecords } from './decode.js';
import { BUNDLE_LIMITS, type BundleLimits } from './limits.js';
import { BundleRejected } from './problems.js';
import { RawTable } from './raw.js';

/** The length of `bytes` without a UTF-8 character cut off at its end. */
function wholeCharacters(bytes: Uint8Array): number {
	for (let back = 1; back <= Math.min(3, bytes.length); back++) {
		const b = bytes[bytes.length - back]!;
		if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
		const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return need > back ? bytes.length - back : bytes.length;
	}
	return bytes.length;
}

interface Scan {
	utf8: boolean;
	lineFeeds: number;
	/** a record may be empty: two line feeds in a row, or one at the start */
	maybeBlank: boolean;
}

async function scan(path: string, name: string, hash: Hash): Promise<Scan> {
	hash.update(name);
	let utf8 = true;
	let carry: Uint8Array = new Uint8Array(0);
	let lineFeeds = 0;
	let maybeBlank = false;
	let previous = 0x0a; // as if a line feed came before the file: a first line that is empty is blank
	for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
		hash.update(chunk);
		if (utf8) {
			const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
			const cut = wholeCharacters(bytes);
			utf8 = isUtf8(bytes.subarray(0, cut));
			carry = bytes.subarray(cut);
		}
		for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
			lineFeeds++;
			if (!maybeBlank) {
				const before = i > 0 ? chunk[i - 1]! : previous;
				const twoBefore = i > 1 ? chunk[i - 2]! : i === 1 ? previous : 0;
				if (before === 0x0a || (before === 0x0d && twoBefore === 0x0a)) maybeBlank = true;
			}
		}
		if (chunk.length) previous = chunk[chunk.length - 1]!;
	}
	if (carry.length) utf8 = false;
	return { utf8, lineFeeds: lineFeeds + (previous !== 0x0a ? 1 : 0), maybeBlank };
}

const emptyRecord = (bytes: Uint8Array) => bytes.length === 0 || (bytes.length === 1 && bytes[0] === 0x0d);

/** The first non-blank record of a UTF-8 file, trimmed, and its LINE; undefined when every record is blank. */
async function readHeader(path: string): Promise<{ header: string[]; line: number } | undefined> {
	const f = await open(path);
	try {
		const size = (await f.stat()).size;
		for (let want = 1 << 16; ; want *= 4) {
			const buf = Buffer.alloc(Math.min(want, size));
			await f.read(buf, 0, buf.length, 0);
			const whole = buf.length === size;
			const text = buf.subarray(0, whole ? buf.length : wholeCharacters(buf)).toString('utf8').replace(/^\uFEFF/, '');
			const rows = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: ',' }).data;
			// The last record of a partial read may be cut short: only a record before it counts.
			const complete = whole ? rows.length : rows.length - 1;
			for (let i = 0; i < complete; i++) {
				const cells = rows[i]!.map((c) => c.trim());
				if (cells.some((c) => c !== '')) return { header: cells, line: i + 1 };
			}
			if (whole) return undefined;
		}
	} finally {
		await f.close();
	}
}

/**
 * The table of the CSV file at `path` (named `name` in problems), converted into `scratch` when
 * it is not UTF-8. Throws BundleRejected for a file past the row bound or in two encodings.
 */
export async function prepareCsv(
	name: string,
	path: string,
	scratch: () => Promise<string>,
	hash: Hash,
	limits: Pick<BundleLimits, 'maxRows'> = BUNDLE_LIMITS
): Promise<RawTable> {
	const s = await scan(path, name, hash);
	if (s.lineFeeds > limits.maxRows + 1) {
		let records = 0;
		for await (const _ of csvRecords(path)) records++; // quoted line breaks do not count
		if (records > limits.maxRows + 1)
			throw new BundleRejected([{ file: name, message: `文件有 ${records} 行，超过每个表最多 ${limits.maxRows} 行的上限，已拒绝` }]);
	}
	let utf8Path = path;
	if (!s.utf8) {
		utf8Path = join(await scratch(), `${name}.utf8.csv`);
		await convertToUtf8(name, path, utf8Path);
	}
	const blanks: number[] = [];
	if (s.maybeBlank) for await (const r of csvRecords(utf8Path)) if (emptyRecord(r.bytes)) blanks.push(r.line);
	const head = await readHeader(utf8Path);
	if (!head) return new RawTable(name, undefined, [], 1, { kind: 'records', blanks });
	return new RawTable(name, utf8Path, head.header, head.line, { kind: 'records', blanks });
}
