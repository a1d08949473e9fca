// Long tables sent a page at a time (?page=N, from 1), so a page of a large warehouse stays small
// (issue #10: 20 MB at 100× before); the downloads still hold every row. KAOHE_PAGE_ROWS sets
// the rows of a page for every table (tests use a small value to see several pages).
const override = Number(process.env.KAOHE_PAGE_ROWS);
const rows = (fallback: number) => (Number.isInteger(override) && override > 0 ? override : fallback);

/** Rows of each group on a page of the rankings. */
export const RANKING_ROWS = rows(50);
/** Rows of a page of the rewards' unit tables. */
export const REWARD_ROWS = rows(200);

/** Where a table page is: its number (clamped to the pages there are) and how many there are. */
export interface Paging {
	page: number;
	pages: number;
}

/** The page asked for: a whole number ≥ 1, anything else is page 1. */
export function pageAsked(raw: string | null): number {
	const n = Number(raw);
	return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The pages of `total` rows, the asked page clamped to the last. */
export function paging(asked: number, total: number, perPage: number): Paging {
	const pages = Math.max(1, Math.ceil(total / perPage));
	return { page: Math.min(asked, pages), pages };
}

/** The rows of one page. */
export function pageRows<R>(all: readonly R[], page: number, perPage: number): R[] {
	return all.slice((page - 1) * perPage, page * perPage);
}
