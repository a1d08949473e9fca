// Where a redirect may go after a form or switch: only a path on this site, never another host.
// Browsers drop tabs and newlines from a URL and read `\` as `/`, so `/\t/evil.example` and
// `/\evil.example` lead to another host: such values are refused, not cleaned.

/** Control characters (C0, DEL, C1) and the line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** Not a path of this site: no leading `/`, a `//` in the path (before any `?` or `#`), a backslash or a control character. */
function unsafe(value: string): boolean {
	const path = value.split(/[?#]/, 1)[0]!;
	return !path.startsWith('/') || path.includes('//') || value.includes('\\') || CONTROL.test(value);
}

/**
 * `back` (already decoded once from the query or form) as a path of this site, percent-encoded
 * for a Location header; '/' when it is empty; null when it is not a path of this site: it must
 * start with one `/` and hold no control character, backslash or `//` in its path, neither as given nor once
 * more decoded, and must decode (a malformed escape is refused too).
 */
export function sitePath(back: string | null | undefined): string | null {
	if (!back) return '/';
	let decoded: string;
	try {
		decoded = decodeURIComponent(back);
	} catch {
		return null;
	}
	if (unsafe(back) || unsafe(decoded)) return null;
	const base = 'http://site.invalid';
	const url = new URL(back, base);
	if (url.origin !== base) return null;
	return url.pathname + url.search + url.hash;
}

/** sitePath, or '/' for a value that is not a path of this site (a form's hidden `next`). */
export function sameSitePath(back: string | null | undefined): string {
	return sitePath(back) ?? '/';
}
