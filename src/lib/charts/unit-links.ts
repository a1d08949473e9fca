// Marks that lead to a unit's page when clicked, shared by the rankings and bottom-two charts.
import type { RenderFunction } from '@observablehq/plot';

/** The page of a unit, where a click on its mark leads. */
export const unitHref = (unitId: string) => `/units/${encodeURIComponent(unitId)}`;

/**
 * A render transform for marks whose elements are links (href channel). Plot pins a tip on
 * pointerdown, and the pinned tip, drawn under the pointer, would take the mouseup, so the click
 * would never reach the link: the links keep their pointerdown to themselves (the tip still shows
 * on hover). With `keyboard: false` they also leave the tab order, for marks that repeat a link a
 * keyboard reader already reaches once per unit (its name or its line). On the server (linkedom)
 * the listener is inert and only the tabindex is written.
 */
export function unitLinks(keyboard: boolean): RenderFunction {
	return (index, scales, values, dimensions, context, next) => {
		const g = next?.(index, scales, values, dimensions, context) ?? null;
		for (const a of g?.querySelectorAll('a') ?? []) {
			if (!keyboard) a.setAttribute('tabindex', '-1');
			a.addEventListener('pointerdown', (event) => event.stopPropagation());
		}
		return g;
	};
}
