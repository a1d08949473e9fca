// A chart drawn on the server (render.ts), as a page's data carries it to Chart.svelte. The markup
// is in the page's HTML already (Chart.svelte writes it there): serialising it again into the data
// that hydrates the page would send every chart twice. So the transport hook (src/hooks.ts) sends
// only the chart's id, and the browser takes the markup back from the element that shows it.
// A page reached by client-side navigation gets no markup (its data was fetched, not rendered):
// there the browser draws the chart itself right away (Chart.svelte's live copy).

export class ChartMarkup {
	/** `id`: a digest of the markup, unique on a page for different charts. */
	constructor(
		readonly html: string,
		readonly id: string
	) {}
}

/** The attribute of the element whose content is the chart's markup. */
export const CHART_ID_ATTRIBUTE = 'data-chart';

/** The markup of chart `id` as the page shows it (in the browser), or none. */
export function markupOnPage(id: string): ChartMarkup {
	const el = typeof document === 'undefined' ? null : document.querySelector(`[${CHART_ID_ATTRIBUTE}="${CSS.escape(id)}"]`);
	return new ChartMarkup(el?.innerHTML ?? '', id);
}
