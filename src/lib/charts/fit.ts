// A chart's options for the width its box has in the browser (Chart.svelte): Plot lays out the
// plot at that width and picks fewer ticks for a continuous axis by itself, but a year axis that
// lists its ticks (every year) or a band of years would crowd them into one another on a phone.
// There every k-th year is kept, so that each label has room.
import type { PlotOptions, ScaleOptions } from '@observablehq/plot';

/** The room a year label ("2007") needs on the x axis, in px, gap included. */
const YEAR_ROOM = 40;

/** Plot's default horizontal margins when a chart sets none. */
const DEFAULT_MARGIN = 20;

/** Every k-th of `ticks` (the first kept), k the smallest that gives each at least `room` px of `span`. */
export function thinTicks<T>(ticks: readonly T[], span: number, room = YEAR_ROOM): T[] {
	if (ticks.length === 0) return [];
	const k = Math.max(1, Math.ceil((ticks.length * room) / Math.max(span, room)));
	return ticks.filter((_, i) => i % k === 0);
}

export function fitToWidth(options: PlotOptions, width: number): PlotOptions {
	const out: PlotOptions = { ...options, width };
	const x = options.x as (ScaleOptions & { ticks?: unknown }) | undefined;
	if (!x) return out;
	const listed = Array.isArray(x.ticks) ? x.ticks : x.type === 'band' && x.ticks === undefined && Array.isArray(x.domain) ? x.domain : null;
	if (!listed || listed.length === 0) return out;
	const span = width - (options.marginLeft ?? options.margin ?? DEFAULT_MARGIN) - (options.marginRight ?? options.margin ?? DEFAULT_MARGIN);
	const ticks = thinTicks(listed, span);
	if (ticks.length < listed.length) out.x = { ...x, ticks } as ScaleOptions;
	return out;
}
