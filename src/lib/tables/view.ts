// A table's view: the order and the filters a reader chose, kept in the URL so that a view can be
// shared. Each table of a page has an id, and its parameters are `<id>.sort` (a column key, `-key`
// for descending) and `<id>.<filter key>`; changing any of them goes back to the first page of a
// paged table. The same functions sort and filter on the client (DataTable.svelte) and, for a
// paged table whose rows are not all on the page, on the server (its page load).

/** A value a column sorts by. */
export type SortValue = string | number | boolean | null | undefined;

export type Direction = 'asc' | 'desc';

export interface Sort {
	key: string;
	dir: Direction;
}

/** How a table sorts and filters its rows: a value per sortable column, a test per filter. */
export interface ViewSpec<R> {
	/** Column key → the value the column sorts by. */
	sorts: Record<string, (row: R) => SortValue>;
	/** Filter key → whether a row passes the filter's value (a non-empty string). */
	filters: Record<string, (row: R, value: string) => boolean>;
}

export interface View {
	sort: Sort | null;
	/** Filter key → value, only the filters that are set. */
	filters: Record<string, string>;
}

/** Whether a query parameter belongs to a table's view (`<table id>.<name>`). */
export const VIEW_PARAM = /^[a-z][a-z0-9_-]*\.[a-z][a-z0-9_]*$/;

export const sortParam = (table: string) => `${table}.sort`;
export const filterParam = (table: string, key: string) => `${table}.${key}`;

/** The view of table `table` that the URL names; unknown columns and filters are left out. */
export function readView(params: URLSearchParams, table: string, spec: { sorts: Record<string, unknown>; filters: Record<string, unknown> }): View {
	const raw = params.get(sortParam(table))?.trim() ?? '';
	const desc = raw.startsWith('-');
	const key = desc ? raw.slice(1) : raw;
	const sort: Sort | null = key !== '' && Object.hasOwn(spec.sorts, key) ? { key, dir: desc ? 'desc' : 'asc' } : null;
	const filters: Record<string, string> = {};
	for (const name of Object.keys(spec.filters)) {
		const v = params.get(filterParam(table, name))?.trim() ?? '';
		if (v !== '') filters[name] = v.slice(0, 100);
	}
	return { sort, filters };
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Compares two sort values: missing ones last whatever the direction, text in Chinese order. */
export function compareValues(a: SortValue, b: SortValue): number {
	const missingA = a === null || a === undefined || a === '';
	const missingB = b === null || b === undefined || b === '';
	if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a); // yes first
	return collator.compare(String(a), String(b));
}

/** The rows that pass every filter of the view, in its order (the given order when none; stable). */
export function applyView<R>(rows: readonly R[], spec: ViewSpec<R>, view: View): R[] {
	const tests = Object.entries(view.filters).flatMap(([k, v]) => {
		const test = spec.filters[k];
		return test ? [(r: R) => test(r, v)] : [];
	});
	const kept = tests.length === 0 ? [...rows] : rows.filter((r) => tests.every((test) => test(r)));
	const by = view.sort ? spec.sorts[view.sort.key] : undefined;
	if (!view.sort || !by) return kept;
	const sign = view.sort.dir === 'desc' ? -1 : 1;
	const keyed = kept.map((row, i) => ({ row, i, v: by(row) }));
	keyed.sort((x, y) => {
		const missing = (v: SortValue) => v === null || v === undefined || v === '';
		// missing values last in both directions
		if (missing(x.v) || missing(y.v)) return compareValues(x.v, y.v) || x.i - y.i;
		return sign * compareValues(x.v, y.v) || x.i - y.i;
	});
	return keyed.map((k) => k.row);
}

/** The next order of a column when its header is clicked: ascending, descending, then the table's own. */
export function nextSort(current: Sort | null, key: string): Sort | null {
	if (current?.key !== key) return { key, dir: 'asc' };
	return current.dir === 'asc' ? { key, dir: 'desc' } : null;
}

/**
 * The URL's query with table `table`'s view changed: `sort` replaces the order (null: none),
 * `filters` set or clear (empty string) filters; the page number is dropped (a new view starts on
 * its first page). Other parameters (the year, other tables' views) stay.
 */
export function viewSearch(params: URLSearchParams, table: string, change: { sort?: Sort | null; filters?: Record<string, string> }): string {
	const q = new URLSearchParams(params);
	q.delete('page');
	if (change.sort !== undefined) {
		if (change.sort === null) q.delete(sortParam(table));
		else q.set(sortParam(table), `${change.sort.dir === 'desc' ? '-' : ''}${change.sort.key}`);
	}
	for (const [k, v] of Object.entries(change.filters ?? {})) {
		if (v.trim() === '') q.delete(filterParam(table, k));
		else q.set(filterParam(table, k), v);
	}
	const s = q.toString();
	return s ? `?${s}` : '?';
}

/** A free-text filter: whether any of the row's texts contains the query (case folded). */
export function textMatches(texts: readonly (string | null | undefined)[], query: string): boolean {
	const q = query.trim().toLocaleLowerCase();
	return q === '' || texts.some((s) => s !== null && s !== undefined && s.toLocaleLowerCase().includes(q));
}
