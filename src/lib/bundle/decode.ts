// CSV files arrive as UTF-8 (with or without a BOM) or as GB18030/GBK, as Excel saves them on a
// Chinese system (CONTRACT.md). A file must decode completely in one of them: valid UTF-8 is
// UTF-8; a file with no line of Chinese in UTF-8 is GB18030 (a superset of GBK), and must decode
// as that; a file that mixes them (a UTF-8 file with one row pasted from a GBK one) is refused at
// its first line of the other encoding (the one of fewer lines), rather than read as mojibake.
// Node's full ICU provides both decoders.
import { BundleRejected } from './problems.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export type Encoding = 'utf-8' | 'gb18030';

/**
 * The records of a CSV file as byte ranges, with their LINE (1 = the header): a line break inside
 * quotes does not end one (as Papa Parse counts). `"` and line feeds are single bytes in both
 * encodings (never part of a GB18030 or UTF-8 multi-byte character), so bytes can be scanned.
 */
export function* csvRecords(bytes: Uint8Array): Generator<{ start: number; end: number; line: number }> {
	let line = 1;
	let start = 0;
	let quoted = false;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		if (b === 0x22) quoted = !quoted;
		else if (b === 0x0a && !quoted) {
			yield { start, end: i, line: line++ };
			start = i + 1;
		}
	}
	if (start < bytes.length) yield { start, end: bytes.length, line };
}

/** The number of lines of a file, at least (line feeds, plus an unterminated last line). */
export function lineFeeds(bytes: Uint8Array): number {
	let n = 0;
	for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
	return n + (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? 1 : 0);
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

/** Decodes a CSV file whole in one encoding, or throws BundleRejected at its first line that is not. */
export function decodeText(file: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
	try {
		return { text: utf8.decode(bytes), encoding: 'utf-8' };
	} catch {
		/* not UTF-8 throughout: see which lines are */
	}
	let utf8Lines = 0;
	let firstUtf8: number | undefined;
	let otherLines = 0;
	let firstOther: number | undefined;
	for (const r of csvRecords(bytes)) {
		const line = bytes.subarray(r.start, r.end);
		if (ascii(line)) continue;
		const chinese = utf8Chinese(line);
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
	try {
		return { text: gb18030.decode(bytes), encoding: 'gb18030' };
	} catch {
		for (const r of csvRecords(bytes))
			if (!decodes(gb18030, bytes.subarray(r.start, r.end))) throw refuse(r.line, '这一行既不是 UTF-8 也不是 GB18030/GBK 编码的文字');
		throw refuse(1, '文件既不是 UTF-8 也不是 GB18030/GBK 编码的文字');
	}
}
