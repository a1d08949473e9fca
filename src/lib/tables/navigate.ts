// Showing another view of a table: the URL changes in place (no new history entry, focus and
// scroll kept), so the page's tables read it again; a paged table's load runs again for it.
import { goto } from '$app/navigation';
import { page } from '$app/state';

export function showView(search: string): Promise<void> {
	return goto(`${page.url.pathname}${search}${page.url.hash}`, { replaceState: true, keepFocus: true, noScroll: true });
}
