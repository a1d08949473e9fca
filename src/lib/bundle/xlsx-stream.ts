// exceljs' streaming WorkbookReader, with sheets and shared strings decoded as UTF-8 correctly.
// Its SAX step (exceljs/lib/utils/parse-sax.js, 4.4.0) decodes each inflated chunk on its own,
// so a Chinese character split across two chunks becomes two replacement characters (朱东杰 read
// as 朱东��). The reader's modules are therefore loaded afresh here, once, against a parse-sax
// that is given whole characters (a StringDecoder keeps a split one for the next chunk; strings
// pass through it unchanged); every other module of exceljs, and the copies other code loads, are
// left as they are.
import { Module, createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);

async function* whole(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
	const decoder = new StringDecoder('utf8');
	for await (const chunk of chunks) {
		const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
		if (text) yield text;
	}
	const rest = decoder.end();
	if (rest) yield rest;
}

type ReaderClass = typeof ExcelJS.stream.xlsx.WorkbookReader;
// Kept on globalThis, not in this module: the patched copies must be loaded once per process. A
// test runner evaluates this module again for each test file, and a second load against a
// require cache the first one left changed gave readers without their workbook model.
const KEY = Symbol.for('kaohe.xlsx-stream.WorkbookReader');
const held = globalThis as { [KEY]?: ReaderClass };

export function WorkbookReader(): ReaderClass {
	held[KEY] ??= load();
	return held[KEY];
}

function load(): ReaderClass {
	let reader: ReaderClass;
	const sax = require.resolve('exceljs/lib/utils/parse-sax.js');
	const modules = ['workbook-reader', 'worksheet-reader', 'hyperlink-reader'].map((n) => require.resolve(`exceljs/lib/stream/xlsx/${n}.js`));
	const parseSax = require(sax) as (chunks: AsyncIterable<string>) => AsyncGenerator<unknown>;
	const saved = [sax, ...modules].map((p) => [p, require.cache[p]] as const);
	try {
		const fixed = new Module(sax);
		fixed.filename = sax;
		fixed.loaded = true;
		fixed.exports = (chunks: AsyncIterable<Buffer | string>) => parseSax(whole(chunks));
		require.cache[sax] = fixed;
		for (const p of modules) delete require.cache[p];
		reader = require(modules[0]!) as ReaderClass;
	} finally {
		for (const [p, m] of saved) {
			if (m) require.cache[p] = m;
			else delete require.cache[p];
		}
	}
	return reader;
}
