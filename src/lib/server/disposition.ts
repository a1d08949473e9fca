// The Content-Disposition of a download: an ASCII name for old clients and the real (Chinese) one
// as an RFC 8187 ext-value (RFC 6266 §4.3; the encoding RFC 5987 defined first).

/**
 * A file name as an ext-value: percent-encoded, `'()*!` too (encodeURIComponent leaves them, and
 * `'` ends the charset part), so an id in the name cannot bend the header.
 */
export function extValue(name: string): string {
	return encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii"; filename*=UTF-8''…`; `ascii` must be plain ASCII without quotes. */
export function attachment(name: string, ascii: string): string {
	return `attachment; filename="${ascii.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${extValue(name)}`;
}
