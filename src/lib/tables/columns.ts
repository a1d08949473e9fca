// The typed column and filter definitions of a DataTable (src/lib/components/DataTable.svelte).
// Labels are given already translated (t('…') at the page, so the dictionary check sees them).
import type { Snippet } from 'svelte';
import { textMatches, type SortValue, type ViewSpec } from './view';

export interface Column<R> {
	/** The column's key in the URL (`<table>.sort=key`) and in the spec. */
	key: string;
	label: string;
	/** The value the column sorts by; absent, the column does not sort (unless `sortable` on a server table). */
	sort?: (row: R) => SortValue;
	/** On a table the server sorts (a paged one): the server sorts by this key. */
	sortable?: boolean;
	/** The cell's text (also searched by a free-text filter); absent, the sort value as text. */
	text?: (row: R) => string;
	/** The cell's markup, when it is more than text (a link, a swatch); given the row and the column's key (one snippet for columns made from a list). */
	cell?: Snippet<[R, string]>;
	/** A number: right-aligned, on one line. */
	num?: boolean;
	/** The row's header cell (<th scope="row">), usually the name. */
	rowHeader?: boolean;
	/** A class of the cell by row (e.g. "zero", "total"). */
	cellClass?: (row: R) => string | undefined;
}

export interface Filter<R> {
	key: string;
	label: string;
	/** The choices of a select; absent, a free-text field searching the columns' texts. */
	options?: readonly { value: string; label: string }[];
	/** The row's code compared with the chosen option (default test of a select). */
	of?: (row: R) => string | null | undefined;
	/** Whether a row passes (overrides the defaults). */
	test?: (row: R, value: string) => boolean;
}

/** The text a cell shows. */
export function cellText<R>(c: Column<R>, row: R): string {
	if (c.text) return c.text(row);
	const v = c.sort?.(row);
	return v === null || v === undefined ? '' : String(v);
}

/** The sorts and filters of a table's definitions (a server table's sortable keys sort nothing here). */
export function viewSpec<R>(columns: readonly Column<R>[], filters: readonly Filter<R>[]): ViewSpec<R> {
	const sorts: ViewSpec<R>['sorts'] = {};
	for (const c of columns) if (c.sort || c.sortable) sorts[c.key] = c.sort ?? (() => null);
	const tests: ViewSpec<R>['filters'] = {};
	for (const f of filters)
		tests[f.key] =
			f.test ??
			(f.options
				? (r, v) => (f.of?.(r) ?? '') === v
				: (r, v) =>
						textMatches(
							columns.map((c) => cellText(c, r)),
							v
						));
	return { sorts, filters: tests };
}

/** The choices of a code filter: each code with its label, in the given order. */
export function codeOptions(codes: readonly string[], label: (code: string) => string): { value: string; label: string }[] {
	return codes.map((value) => ({ value, label: label(value) }));
}

/**
 * One column per grade of a row of ballots (`<prefix>0` for the best): its count, '—' where none
 * is recorded, a 0 marked with the class `zero`.
 */
export function countColumns<R>(prefix: string, labels: string[], counts: (r: R) => (number | null | undefined)[], count: (n: number) => string): Column<R>[] {
	return labels.map((label, i) => ({
		key: `${prefix}${i}`,
		label,
		num: true,
		sort: (r) => counts(r)[i],
		text: (r) => {
			const n = counts(r)[i];
			return n === null || n === undefined ? '—' : count(n);
		},
		cellClass: (r) => (counts(r)[i] === 0 ? 'zero' : undefined)
	}));
}
