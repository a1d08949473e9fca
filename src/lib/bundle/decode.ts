// CSV files arrive as UTF-8 (with or without a BOM) or as GB18030/GBK, as Excel saves them on a
// Chinese system. Valid UTF-8 is taken as UTF-8; anything else is read as GB18030, a superset of
// GBK. Node's full ICU provides the GB18030 decoder.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030');

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
	try {
		return { text: utf8.decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: gb18030.decode(bytes), encoding: 'gb18030' };
	}
}
