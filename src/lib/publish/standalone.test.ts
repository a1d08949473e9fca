import { describe, expect, it } from 'vitest';
import { contentCodePoints, inlineStylesheet, parseUnicodeRange, selfContained, usedCodePoints } from './standalone';

const files: Record<string, string> = {
	'/_app/a.css': `body{color:red}
@font-face{font-family:F;src:url(./f-cjk.woff2)format("woff2"),url(./f-cjk.woff)format("woff");unicode-range:U+4E00-9FFF}
@font-face{font-family:F;src:url(./f-emoji.woff2)format("woff2");unicode-range:U+1F300-1F3FF}
.x{background:url(../img/dot.png)}`,
	'/_app/f-cjk.woff2': 'CJK',
	'/img/dot.png': 'PNG'
};
const read = (p: string) => {
	if (!(p in files)) throw new Error(`no ${p}`);
	return Buffer.from(files[p]!);
};

describe('self-contained HTML', () => {
	it('reads unicode ranges, single points and wildcards', () => {
		expect(parseUnicodeRange('U+4E00-9FFF, U+3000,U+1F4??')).toEqual([
			[0x4e00, 0x9fff],
			[0x3000, 0x3000],
			[0x1f400, 0x1f4ff]
		]);
	});

	it('collects the characters of the text, not of tags or styles', () => {
		const points = usedCodePoints('<p class="zz">考核</p><style>.q{}</style>');
		expect(points.has('考'.codePointAt(0)!)).toBe(true);
		expect(points.has('z'.codePointAt(0)!)).toBe(false);
		expect(points.has('q'.codePointAt(0)!)).toBe(false);
	});

	it('counts the characters a stylesheet draws (page margins), escapes resolved', () => {
		const points = contentCodePoints(`@page{@top-center{content:"内部 资料"}@bottom-center{content:"第 " counter(page) '\\9875'}}.x{color:red}`);
		for (const ch of '内部 资料第页') expect(points.has(ch.codePointAt(0)!), ch).toBe(true);
		expect(points.has('c'.codePointAt(0)!)).toBe(false);
	});

	it('keeps the font subsets of the characters only a stylesheet draws', () => {
		const page: Record<string, string> = { ...files, '/_app/a.css': `@page{@top-center{content:"考"}}${files['/_app/a.css']}` };
		const html = selfContained('<head><link href="/_app/a.css" rel="stylesheet"></head><body><p>abc</p></body>', (p) => Buffer.from(page[p]!));
		expect(html).toContain(Buffer.from('CJK').toString('base64'));
	});

	it('embeds only the font subsets the document uses, as woff2, and every other url()', () => {
		const css = inlineStylesheet(files['/_app/a.css']!, '/_app/a.css', usedCodePoints('<p>考核</p>'), read);
		expect(css).toContain(`url(data:font/woff2;base64,${Buffer.from('CJK').toString('base64')})`);
		expect(css).not.toContain('f-emoji');
		expect(css).not.toContain('format("woff")');
		expect(css).toContain(`url(data:image/png;base64,${Buffer.from('PNG').toString('base64')})`);
	});

	it('removes scripts and preloads and inlines the stylesheets', () => {
		const html = selfContained(
			'<head><link rel="modulepreload" href="/_app/x.js"><link href="/_app/a.css" rel="stylesheet"></head><body><p>考核</p><script>alert(1)</script></body>',
			read
		);
		expect(html).not.toMatch(/<script|modulepreload|<link/);
		expect(html).toContain('<style>body{color:red}');
		expect(html).toContain('<p>考核</p>');
	});
});
