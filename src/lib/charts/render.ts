// Renders an Observable Plot chart to an HTML string on the server, with linkedom as the DOM, so
// pages show (and print) their charts before any script runs. Server-only by use: import it from
// +page.server.ts and the like, never from a component (linkedom would end up in the browser).
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { ChartMarkup } from './markup.js';

/**
 * The charts' font: the Chinese font the site serves itself (@fontsource/noto-sans-sc, loaded by
 * the root layout), then common system CJK fonts. Plot's own default is system-ui, which has no
 * Chinese glyphs on a machine without a CJK font.
 */
export const CHART_FONT_FAMILY =
	'"Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

type Style = PlotOptions['style'];

/** `style` with the font family set, unless the caller set one already. */
function withFont(style: Style, fontFamily: string): Style {
	if (typeof style === 'string') return `font-family: ${fontFamily}; ${style}`;
	return { fontFamily, ...(style ?? {}) };
}

/** The options with the font set on the plot and on every legend it draws. */
export function withChartFont(options: PlotOptions, fontFamily = CHART_FONT_FAMILY): PlotOptions {
	const out: PlotOptions = { ...options, style: withFont(options.style, fontFamily) };
	for (const key of ['color', 'symbol', 'opacity'] as const) {
		const scale = options[key];
		if (scale && typeof scale === 'object' && 'legend' in scale && scale.legend) {
			// Legends take a `style` option of their own (Plot legend options).
			const legend = scale as typeof scale & { style?: Style };
			(out as Record<string, unknown>)[key] = { ...legend, style: withFont(legend.style, fontFamily) };
		}
	}
	return out;
}

/**
 * Whether linkedom escapes `&`, `<` and `>` in the attribute values it writes. In an HTML
 * document it does not (0.18 escapes only `"`): a unit named `甲&amp;乙` would read `甲&乙` in a
 * bar's aria-label, and a name `<script>…` would stand unescaped in the page's source.
 */
function attributesEscaped(document: Document): boolean {
	const probe = document.createElement('i');
	probe.setAttribute('title', '&<>');
	return probe.outerHTML.includes('&amp;');
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Every attribute value under `element` escaped for HTML (linkedom then adds `&quot;`). */
function escapeAttributes(element: Element): void {
	for (const el of [element, ...element.querySelectorAll('*')])
		for (const { name, value } of [...el.attributes]) {
			const escaped = value.replace(/[&<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
			if (escaped !== value) el.setAttribute(name, escaped);
		}
}

/**
 * Renders `options` with Plot on a linkedom document and returns the element's outer HTML: an
 * `<svg>`, or a `<figure>` when the chart has a title, subtitle, caption or legend. Pure: a fresh
 * document per call, nothing kept.
 */
export function renderChart(options: PlotOptions, fontFamily = CHART_FONT_FAMILY): string {
	const { document } = parseHTML('<!DOCTYPE html><html lang="zh-CN"><head></head><body></body></html>');
	const element = Plot.plot({ ...withChartFont(options, fontFamily), document: document as unknown as Document });
	// The title, subtitle and caption of a figure sit outside the svg: give them the font too.
	if (element.tagName.toLowerCase() === 'figure') {
		const style = element.getAttribute('style');
		element.setAttribute('style', `${style ? `${style}; ` : ''}font-family: ${fontFamily}`);
	}
	// Namespaces, so that a saved chart also opens as a standalone SVG file.
	const svgs = element.tagName.toLowerCase() === 'svg' ? [element] : [...element.querySelectorAll('svg')];
	for (const svg of svgs) svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	// Names from the data (aria-label, href) stay text: a name is never markup or an entity.
	if (!attributesEscaped(document as unknown as Document)) escapeAttributes(element);
	return element.outerHTML;
}


/** The chart rendered (renderChart) for a page's data: shown by Chart.svelte, sent once (markup.ts). */
export function chartMarkup(options: PlotOptions, fontFamily = CHART_FONT_FAMILY): ChartMarkup {
	const html = renderChart(options, fontFamily);
	return new ChartMarkup(html, createHash('sha256').update(html).digest('base64url').slice(0, 16));
}
