// CSV files arrive as UTF-8 (with or without a BOM) or as GB18030/GBK, as Excel saves them on a
// Chinese system (CONTRACT.md). A file must decode completely in one of them: valid UTF-8 is
// UTF-8; a file with no line of Chinese in UTF-8 is GB18030 (a superset of GBK), and must decode
// as that; a file that mixes them (a UTF-8 file with one row pasted from a GBK one) is refused at
// its first line of the other encoding (the one of fewer lines), rather than read as mojibake.
// Node's full ICU provides both decoders. Files are read as streams, a record at a time where
// records matter: memory does not grow with a file, only with its longest record.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { BundleRejected } from './problems.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

const chunks = (path: string) => createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;

/**
 * The records of a CSV file with their LINE (1 = the header): a line break inside quotes does not
 * end one (as Papa Parse counts). `"` and line feeds are single bytes in both encodings (never
 * part of a GB18030 or UTF-8 multi-byte character), so bytes can be scanned.
 */
export async function* csvRecords(path: string): AsyncGenerator<{ bytes: Buffer; line: number }> {
	let line = 1;
	let quoted = false;
	let pending: Buffer[] = [];
	for await (const chunk of chunks(path)) {
		let start = 0;
		for (let i = 0; i < chunk.length; i++) {
			const b = chunk[i]!;
			if (b === 0x22) quoted = !quoted;
			else if (b === 0x0a && !quoted) {
				pending.push(chunk.subarray(start, i));
				yield { bytes: pending.length === 1 ? pending[0]! : Buffer.concat(pending), line: line++ };
				pending = [];
				start = i + 1;
			}
		}
		if (start < chunk.length) pending.push(chunk.subarray(start));
	}
	if (pending.length) yield { bytes: Buffer.concat(pending), line };
}

const decodes = (d: TextDecoder, bytes: Uint8Array) => {
	try {
		d.decode(bytes);
		return true;
	} catch {
		return false;
	}
};

const ascii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

/**
 * Text as Chinese UTF-8 reads: CJK characters and punctuation, full-width forms, the middle dot
 * of names. Short GBK text is often valid UTF-8 by chance (谭英 is CC B7 D3 A2: U+0337 U+04E2),
 * but then decodes to combining marks and Cyrillic, never to this.
 */
const CHINESE_TEXT = /^[\x00-\x7F\u00B7\u2000-\u206F\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]*$/;

const utf8Chinese = (bytes: Uint8Array) => {
	try {
		return CHINESE_TEXT.test(utf8.decode(bytes));
	} catch {
		return undefined; // not UTF-8
	}
};

/**
 * Writes the CSV file at `path` (named `file` in problems), which is not UTF-8 throughout, to
 * `out` as UTF-8 if it is GB18030 throughout; else throws BundleRejected at its first line that
 * is not in the file's encoding.
 */
export async function convertToUtf8(file: string, path: string, out: string): Promise<void> {
	let utf8Lines = 0;
	let firstUtf8: number | undefined;
	let otherLines = 0;
	let firstOther: number | undefined;
	for await (const r of csvRecords(path)) {
		if (ascii(r.bytes)) continue;
		const chinese = utf8Chinese(r.bytes);
		if (chinese) {
			utf8Lines++;
			firstUtf8 ??= r.line;
		} else if (chinese === undefined) {
			otherLines++;
			firstOther ??= r.line;
		}
	}
	const refuse = (line: number, message: string) => new BundleRejected([{ file, line, message }]);
	// Mixed: the encoding of most lines is the file's; the first line of the other is the error.
	if (utf8Lines >= otherLines) throw refuse(firstOther!, '这一行不是 UTF-8 编码，而文件的其余部分是 UTF-8：一个文件只能用一种编码（请整体另存为 UTF-8 或 GB18030）');
	if (utf8Lines > 0) throw refuse(firstUtf8!, '这一行是 UTF-8 编码，而文件的其余部分是 GB18030/GBK：一个文件只能用一种编码（请整体另存为 UTF-8 或 GB18030）');
	const decoder = new TextDecoder('gb18030', { fatal: true });
	const sink = createWriteStream(out, { flags: 'wx' });
	try {
		for await (const chunk of chunks(path)) {
			const text = decoder.decode(chunk, { stream: true });
			if (!sink.write(text, 'utf8')) await once(sink, 'drain');
		}
		sink.write(decoder.decode(), 'utf8');
	} catch {
		sink.destroy();
		for await (const r of csvRecords(path)) if (!decodes(gb18030, r.bytes)) throw refuse(r.line, '这一行既不是 UTF-8 也不是 GB18030/GBK 编码的文字');
		throw refuse(1, '文件既不是 UTF-8 也不是 GB18030/GBK 编码的文字');
	}
	sink.end();
	await once(sink, 'finish');
}
