// The dashboard's pages, computed once per warehouse state and reused: their data (`cachedPage`)
// and, for a page whose HTML depends on nothing else, the rendered bytes with their ETag
// (`cachedResponse`). The warehouse changes only through this process's own import or a final
// grade set on the site (the command line cannot open it while the site holds it), and both call
// `warehouseChanged`, so nothing stale is ever served.
//
// A page is keyed by what changes it, not by its raw URL: its route and path, the query
// parameters it reads (PAGE_PARAMS, the one list of them; any other parameter is dropped before
// the load sees the URL, so a junk `?z=1` is the same page), and the language. The bytes are
// also keyed by the person signed in (the layout shows the name, and the role decides what is
// offered), so one account's page never reaches another; the public shares one page. Both caches are bounded (least recently
// used first), so varied query strings cannot fill the memory.
import type { RequestEvent } from '@sveltejs/kit';
import { publicationsKey } from '$lib/summary/published';
import { QUALITY_PARAMS } from '$lib/quality/params';
import { USE_PARAMS } from '$lib/use/actions';
import { VIEW_PARAM } from '$lib/tables/view';
import { RANKING_PARAMS } from '$lib/tables/rankings';
import { REWARD_PARAMS } from '$lib/tables/rewards';


/** The query parameters each cached page reads; the key of its cache entries. */
export const PAGE_PARAMS: Record<string, readonly string[]> = {
	'/': ['year'],
	'/trends': ['from', 'to'],
	'/rankings': ['year', 'page', ...RANKING_PARAMS],
	'/bottom-two': ['year'],
	'/rewards': ['year', 'standard', 'basic_rate', 'page', ...REWARD_PARAMS],
	'/compare': ['year', 'a', 'b', 'b_year'],
	'/units/[id]': [],
	'/cadres/[id]': [],
	'/policy': ['year'],
	'/search': ['q'],
	'/quality': ['year', ...Object.keys(QUALITY_PARAMS)],
	'/use': ['year', ...Object.keys(USE_PARAMS)],
	'/summary/[year]': [],
	'/summary/[year]/internal': []
};

/**
 * Pages whose bytes may be kept, with what else their HTML shows that changes without an import
 * (a summary shows whether its year is published, its notice period and whether today is in it,
 * and its public edition the earlier years that are: the publications and the day are part of its
 * key). Not the dossiers of cadres and units: each view is audited, so they are rendered every time.
 */
const BYTES_KEPT: Record<string, ((event: RequestEvent) => string) | null> = {
	'/': null,
	'/trends': null,
	'/rankings': null,
	'/bottom-two': null,
	'/rewards': null,
	'/policy': null,
	'/search': null,
	'/summary/[year]': () => publicationsKey(),
	'/summary/[year]/internal': null
};

/** A parameter the layout reads on every page (a page printed without navigation). */
const LAYOUT_PARAMS = ['standalone'];

const MAX_ENTRIES = 400;
/** The rendered pages kept, in bytes: a 100× warehouse's pages are up to a few MB each. */
const MAX_BYTES = 256 * 2 ** 20;

const entries = new Map<string, Promise<unknown>>();
let generation = 0;

interface Rendered {
	body: Uint8Array;
	headers: [string, string][];
}
const responses = new Map<string, Promise<Rendered | null>>();
const sizes = new Map<string, number>();
let bytesKept = 0;

/** Called after an import or a final grade has committed: every page is computed afresh. */
export function warehouseChanged(): void {
	generation++;
	entries.clear();
	responses.clear();
	sizes.clear();
	bytesKept = 0;
}

function touch<V>(map: Map<string, V>, k: string): V | undefined {
	const hit = map.get(k);
	if (hit !== undefined) {
		map.delete(k); // most recently used goes last
		map.set(k, hit);
	}
	return hit;
}

export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
	const k = `${generation}|${key}`;
	const hit = touch(entries, k);
	if (hit) return hit as Promise<T>;
	const p = compute();
	entries.set(k, p);
	p.catch(() => entries.delete(k)); // errors (404, 503) are not kept
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	return p;
}

type PageEvent = { url: URL; locals: App.Locals; route: { id: string | null } };

/** The URL with only the parameters the page reads, in a fixed order. */
function pageUrl(url: URL, names: readonly string[]): URL {
	const kept = new URL(url.pathname, url.origin);
	for (const name of [...names].sort()) for (const v of url.searchParams.getAll(name)) kept.searchParams.append(name, v);
	return kept;
}

/**
 * The parameters of the tables' views (`<table>.sort`, `<table>.<filter>`, $lib/tables/view): the
 * rendered page sorts and filters its tables from them, so they are part of the key of its bytes;
 * a table whose rows the server pages reads its own in its load, and names them in PAGE_PARAMS.
 */
function viewParams(url: URL): string[] {
	return [...new Set([...url.searchParams.keys()].filter((k) => VIEW_PARAM.test(k)))];
}

function pageKey(event: PageEvent, extra: readonly string[] = []): string | undefined {
	const names = event.route.id === null ? undefined : PAGE_PARAMS[event.route.id];
	if (!names) return undefined;
	const url = pageUrl(event.url, [...new Set([...names, ...extra])]);
	return `${event.route.id}|${url.pathname}${url.search}|${event.locals.lang}`;
}

/** A page load's result for its key; the load sees only the parameters PAGE_PARAMS names. */
export function cachedPage<E extends PageEvent, T>(event: E, load: (event: E) => Promise<T>): Promise<T> {
	const key = pageKey(event);
	if (key === undefined) throw new Error(`${event.route.id}: not in PAGE_PARAMS`);
	const url = pageUrl(event.url, PAGE_PARAMS[event.route.id!]!);
	return cached(key, () => load({ ...event, url }));
}

function keep(k: string, size: number): void {
	sizes.set(k, size);
	bytesKept += size;
	while ((bytesKept > MAX_BYTES || responses.size > MAX_ENTRIES) && responses.size > 1) {
		const oldest = responses.keys().next().value!;
		responses.delete(oldest);
		bytesKept -= sizes.get(oldest) ?? 0;
		sizes.delete(oldest);
	}
}

/**
 * The page's response, rendered once per key and person and then served from memory. Only a
 * complete 200 HTML page that sets no cookie is kept. The stored ETag is SvelteKit's own, so its
 * If-None-Match check (after the handle hook) still answers 304 for a cached page.
 */
export async function cachedResponse(event: RequestEvent, render: () => Promise<Response>): Promise<Response> {
	const user = event.locals.user;
	const id = event.route.id;
	if (event.request.method !== 'GET' || event.isDataRequest || id === null || !Object.hasOwn(BYTES_KEPT, id)) return render();
	// The access table has let this reader in; signed out, only a public page gets here.
	const reader = user ? `${user.role}|${user.name}` : 'public';
	const k = `${generation}|${pageKey(event, [...LAYOUT_PARAMS, ...viewParams(event.url)])}|${reader}|${BYTES_KEPT[id]?.(event) ?? ''}`;
	const hit = touch(responses, k);
	if (hit) {
		const r = await hit;
		if (r) return new Response(r.body.slice(), { status: 200, headers: r.headers });
	}
	let done!: (r: Rendered | null) => void;
	if (!hit) responses.set(k, new Promise((resolve) => (done = resolve)));
	let response: Response;
	try {
		response = await render();
	} catch (e) {
		if (!hit) (responses.delete(k), done(null));
		throw e;
	}
	if (hit) return response;
	const headers = [...response.headers];
	const keepable =
		response.status === 200 && response.headers.has('etag') && !response.headers.has('set-cookie') && response.headers.get('content-type')?.startsWith('text/html');
	if (!keepable) {
		responses.delete(k);
		done(null);
		return response;
	}
	const body = new Uint8Array(await response.arrayBuffer());
	done({ body, headers });
	if (responses.has(k)) keep(k, body.byteLength);
	return new Response(body.slice(), { status: 200, headers });
}
