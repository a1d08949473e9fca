// A page of the site as one self-contained HTML file: its stylesheets inlined, its scripts removed
// (the summary is server-rendered with its charts as SVG, so it needs none), and the Chinese font
// embedded, only the subsets whose character ranges the document uses (Noto Sans SC is split into
// ~100 unicode-range files; a summary needs a dozen or so). The file then shows the same on a
// machine without a Chinese font and asks nothing of the network.

/** Reads a file of the built site by its URL path (e.g. `/_app/immutable/assets/0.css`). */
export type ReadAsset = (sitePath: string) => Buffer;

/** The code points of the document's text (tags and attributes left out, entities as written). */
export function usedCodePoints(html: string): Set<number> {
	const text = html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]*>/g, ' ');
	const points = new Set<number>();
	for (const ch of text) points.add(ch.codePointAt(0)!);
	return points;
}

/** The ranges of a unicode-range descriptor ("U+4E00-9FFF, U+3000"). */
export function parseUnicodeRange(descriptor: string): [number, number][] {
	return descriptor
		.split(',')
		.map((part) => part.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((part) => {
			const [from, to = from] = part.split('-');
			if (from!.includes('?')) return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'F'), 16)];
			return [parseInt(from!, 16), parseInt(to!, 16)];
		});
}

function intersects(ranges: [number, number][], points: Set<number>): boolean {
	for (const p of points) for (const [a, b] of ranges) if (p >= a && p <= b) return true;
	return false;
}

const MIME: Record<string, string> = { woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf', svg: 'image/svg+xml', png: 'image/png' };

/** Joins a relative URL in a stylesheet to the stylesheet's own URL path. */
function resolve(base: string, url: string): string {
	return new URL(url, `http://site${base}`).pathname;
}

/**
 * A stylesheet with its @font-face rules kept only where they cover a used character, each kept
 * rule reduced to its woff2 source, embedded; every other url() embedded as well.
 */
export function inlineStylesheet(css: string, cssPath: string, points: Set<number>, read: ReadAsset): string {
	const fontFaces = css.replace(/@font-face\s*{[^}]*}/g, (rule) => {
		const range = /unicode-range:\s*([^;}]+)/.exec(rule);
		if (range && !intersects(parseUnicodeRange(range[1]!), points)) return '';
		// Chromium reads woff2: drop the other formats of the source list.
		return rule.replace(/src:\s*([^;}]+)/, (_, list: string) => {
			const woff2 = list.split(/,(?=\s*url\()/).find((s) => /format\(["']?woff2/.test(s));
			return `src:${(woff2 ?? list).trim()}`;
		});
	});
	return fontFaces.replace(/url\((['"]?)(?!data:)([^'")]+)\1\)/g, (_, _q, url: string) => {
		const path = resolve(cssPath, url);
		const ext = path.split('.').pop()!.toLowerCase();
		return `url(data:${MIME[ext] ?? 'application/octet-stream'};base64,${read(path).toString('base64')})`;
	});
}

/** A CSS string's text: hex escapes (`\\5185`) and escaped characters resolved. */
function unescapeCss(s: string): string {
	return s.replace(/\\(?:([0-9a-f]{1,6})\s?|(.))/gi, (_, hex: string | undefined, ch: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : ch!));
}

/**
 * The code points of the text a stylesheet draws itself: the strings of its `content`
 * declarations (a page's running header or page number, printed in the page margins).
 */
export function contentCodePoints(css: string, into = new Set<number>()): Set<number> {
	for (const decl of css.matchAll(/content:\s*([^;}]+)/g))
		for (const str of decl[1]!.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g))
			for (const ch of unescapeCss(str[1] ?? str[2] ?? '')) into.add(ch.codePointAt(0)!);
	return into;
}

/** The page as one file: scripts and preloads removed, stylesheets and fonts inlined. */
export function selfContained(html: string, read: ReadAsset): string {
	const LINK = /<link\b[^>]*rel="stylesheet"[^>]*>/g;
	const local = (tag: string) => {
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		return !href || /^[a-z]+:/i.test(href) ? null : resolve('/', href);
	};
	// Every stylesheet is read first: the characters they draw count as used too.
	const sheets = new Map<string, string>();
	for (const [tag] of html.matchAll(LINK)) {
		const path = local(tag);
		if (path && !sheets.has(path)) sheets.set(path, read(path).toString('utf8'));
	}
	const points = usedCodePoints(html);
	for (const css of [...sheets.values(), ...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)]) contentCodePoints(css, points);
	return html
		.replace(/<script\b[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '')
		.replace(LINK, (tag) => {
			const path = local(tag);
			return path ? `<style>${inlineStylesheet(sheets.get(path)!, path, points, read)}</style>` : tag;
		});
}
