// The data of the dashboard's pages, computed once per warehouse state and reused. Their loads
// depend only on the URL and the language (the person signed in is the layout's business), and
// the warehouse changes only through this process's own import (the command line cannot open it
// while the site holds it), so nothing stale is ever served: an import clears the cache. Bounded
// (least recently used first), so varied query strings cannot fill the memory.
const MAX_ENTRIES = 400;

const entries = new Map<string, Promise<unknown>>();
let generation = 0;

/** Called after an import has committed: every page is computed afresh. */
export function warehouseChanged(): void {
	generation++;
	entries.clear();
}

export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
	const k = `${generation}|${key}`;
	const hit = entries.get(k);
	if (hit) {
		entries.delete(k); // most recently used goes last
		entries.set(k, hit);
		return hit as Promise<T>;
	}
	const p = compute();
	entries.set(k, p);
	p.catch(() => entries.delete(k)); // errors (404, 503) are not kept
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	return p;
}

/** A page load's result for this URL (path and sorted query) and language. */
export function cachedPage<E extends { url: URL; locals: App.Locals }, T>(event: E, load: (event: E) => Promise<T>): Promise<T> {
	const query = [...event.url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return cached(`${event.url.pathname}?${new URLSearchParams(query)}|${event.locals.lang}`, () => load(event));
}
