// Hooks of both the server and the browser. transport: a server-drawn chart travels in a page's
// data as its id only; the browser reads its markup from the page ($lib/charts/markup).
import type { Transport } from '@sveltejs/kit';
import { ChartMarkup, markupOnPage } from '$lib/charts/markup';

export const transport: Transport = {
	ChartMarkup: {
		encode: (value) => value instanceof ChartMarkup && value.id,
		decode: (id: string) => markupOnPage(id)
	}
};
