// Tables that sort and filter, on the sample warehouse: the URL's view (`<table>.sort`,
// `<table>.<filter>`) as the server renders it (the rankings and the rewards filter and sort in
// their load, before paging; the overview's year-against-year table on the page), the rendered
// page kept per view, and in Chromium a header clicked and a header reached by the keyboard
// (aria-sort, the URL), a filter typed, and a grade of the legend clicked; a dossier's and /use's
// tables sorted by a header click and filtered from the URL.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UNIT_GRADE_LABELS } from '../../src/lib/labels.js';
import { browserSession } from '../helpers/browser.js';

const session = browserSession();

const html = async (path: string) => {
	const res = await session.site.get(path, { role: 'leader' });
	expect(res.status, path).toBe(200);
	return (await res.text()).replace(/<!--[^>]*-->/g, '');
};
/** The values of `attr` on the rows of the page, in order. */
const attrs = (page: string, attr: string) => [...page.matchAll(new RegExp(`<tr[^>]* ${attr}="([^"]+)"`, 'g'))].map((m) => m[1]!);

describe('views in the URL, rendered by the server', () => {
	const year = 2007;
	it('filters the rankings by grade and by name before paging, and sorts every group', async () => {
		const rows = await session.wh.all<{ unit_id: string; grade: string; name: string; target_score: number; group_id: string }>(
			'SELECT unit_id, grade, name, target_score::DOUBLE AS target_score, group_id FROM unit_results WHERE year = $y ORDER BY group_id, target_score, unit_id',
			{ y: year }
		);
		const qualified = rows.filter((r) => r.grade === 'qualified').map((r) => r.unit_id);
		expect(qualified.length).toBeGreaterThan(0);
		const page = await html(`/rankings?year=${year}&units.grade=qualified`);
		expect(attrs(page, 'data-unit').sort()).toEqual([...qualified].sort());
		expect(page).toContain(`显示 ${qualified.length} / ${rows.length} 行`);
		// the grade's choice is selected, and its legend item marked
		expect(page).toMatch(/<option value="qualified" selected/);
		expect(page).toMatch(/<li data-grade="qualified"[^>]*><a [^>]*aria-current="true"/);

		const name = rows[0]!.name.slice(0, 2);
		const named = rows.filter((r) => r.name.includes(name) || r.unit_id.includes(name)).map((r) => r.unit_id);
		expect(attrs(await html(`/rankings?year=${year}&units.q=${encodeURIComponent(name)}`), 'data-unit').sort()).toEqual([...named].sort());

		// ascending target score within each group (the query's order above), aria-sort on its header
		const sorted = await html(`/rankings?year=${year}&units.sort=target`);
		const byGroup = (ids: string[]) => rows.map((r) => r.unit_id).filter((id) => ids.includes(id));
		const shown = attrs(sorted, 'data-unit');
		for (const g of new Set(rows.map((r) => r.group_id))) {
			const mine = rows.filter((r) => r.group_id === g).map((r) => r.unit_id);
			const order = shown.filter((id) => mine.includes(id));
			const scores = order.map((id) => rows.find((r) => r.unit_id === id)!.target_score);
			expect(scores).toEqual([...scores].sort((a, b) => a - b));
			expect(byGroup(order).length).toBe(mine.length);
		}
		expect(sorted).toMatch(/<th scope="col" aria-sort="ascending"[^>]*><button type="button" class="sort[^"]*" data-sort="target"/);
		// the rank's order is the table's own, and says so
		expect(await html(`/rankings?year=${year}`)).toMatch(/aria-sort="ascending"[^>]*><button type="button" class="sort[^"]*" data-sort="rank"/);
	});

	it('sorts and filters the rewards units before paging, by group from a line of the totals', async () => {
		const units = await session.wh.all<{ unit_id: string; staff: number; group_id: string }>(
			'SELECT r.unit_id, r.staff::INTEGER AS staff, u.group_id FROM rewards r JOIN units u USING (year, unit_id) WHERE r.year = $y',
			{ y: year }
		);
		const page = await html(`/rewards?year=${year}&units.sort=-staff`);
		const shown = attrs(page, 'data-stored-unit');
		const staff = shown.map((id) => units.find((u) => u.unit_id === id)!.staff);
		expect(shown).toHaveLength(units.length);
		expect(staff).toEqual([...staff].sort((a, b) => b - a));
		const group = units[0]!.group_id;
		// the group's line of the totals links to the units table filtered by it
		expect(page).toContain(`href="?year=${year}&amp;units.sort=-staff&amp;units.group=${group}#distribution"`);
		const filtered = await html(`/rewards?year=${year}&units.group=${group}`);
		expect(attrs(filtered, 'data-stored-unit').sort()).toEqual(units.filter((u) => u.group_id === group).map((u) => u.unit_id).sort());
		// the detail is open while a view is chosen
		expect(filtered).toMatch(/<details open/);
	});

	it('shows the overview’s year against the year before, with the figures of the warehouse', async () => {
		const { now, before } = (await session.wh.all<{ now: number; before: number }>(
			'SELECT count(*) FILTER (WHERE year = $y)::INTEGER AS now, count(*) FILTER (WHERE year = $y - 1)::INTEGER AS before FROM unit_results',
			{ y: year }
		))[0]!;
		const page = await html(`/?year=${year}`);
		const line = page.slice(page.indexOf('data-line="all:units"'), page.indexOf('</tr>', page.indexOf('data-line="all:units"')));
		expect(line).toContain(`>${before.toLocaleString('zh-CN')}</td>`);
		expect(line).toContain(`>${now.toLocaleString('zh-CN')}</td>`);
		const change = now - before;
		expect(line).toContain(change === 0 ? '±0' : `${change > 0 ? '+' : '−'}${Math.abs(change)}`);
		// filtered to one category on the server's page too
		const dept = await html(`/?year=${year}&diff.category=department`);
		const lines = attrs(dept, 'data-line');
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.every((l) => l.startsWith('department:'))).toBe(true);
		expect(dept).toContain(`${UNIT_GRADE_LABELS.excellent}单位数`);
	});
});

describe('in the browser', () => {
	const open = (path: string, width = 1280) => session.open(path, 'leader', { width });
	const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

	it('sorts the year-against-year table by a click on a header and by the keyboard, keeping it in the URL', async () => {
		const { page, errors } = await open('/?year=2007');
		const header = page.locator('table[data-table="diff"] th:has(button[data-sort="change"])');
		await header.locator('button').click();
		await page.waitForURL(/diff\.sort=change/);
		expect(await header.getAttribute('aria-sort')).toBe('ascending');
		const changes = async () =>
			(await texts(page, 'table[data-table="diff"] tbody tr td:nth-child(5)')).map((s) => s.trim()).filter((s) => s !== '—');
		// the keyboard: the header's button takes Enter, descending now
		await header.locator('button').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/diff\.sort=-change/);
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
		const first = (await changes())[0]!;
		expect(first.startsWith('+')).toBe(true);
		// the same view from its URL alone (shared): the same order
		const shared = await open(new URL(page.url()).pathname + new URL(page.url()).search);
		expect((await texts(shared.page, 'table[data-table="diff"] tbody tr td:nth-child(5)'))[0]!.trim()).toBe(first);
		expect(errors).toEqual([]);
	});

	it('filters a table as one types, and the rankings by a grade of the legend', async () => {
		const { page, errors } = await open('/?year=2007');
		await page.locator('form[data-table="diff"] input[data-filter="q"]').fill('奖金');
		await page.waitForURL(/diff\.q=/);
		await expect.poll(async () => (await texts(page, 'table[data-table="diff"] tbody th')).every((s) => s.includes('奖金'))).toBe(true);
		expect(await page.locator('table[data-table="diff"] tbody tr').count()).toBeGreaterThan(0);

		const rankings = await open('/rankings?year=2007');
		await rankings.page.locator('.grade-legend li[data-grade="excellent"] a').click();
		await rankings.page.waitForURL(/units\.grade=excellent/);
		const grades = await session.wh.all<{ n: number }>("SELECT count(*)::INTEGER AS n FROM unit_results WHERE year = 2007 AND grade = 'excellent'");
		await expect.poll(() => rankings.page.locator('tr[data-unit]').count()).toBe(grades[0]!.n);
		expect(await rankings.page.locator('select[data-filter="grade"]').inputValue()).toBe('excellent');
		expect([...errors, ...rankings.errors]).toEqual([]);
	});

	/** The values of `attr` on the body rows of table `id`, in order. */
	const rowsOf = (page: Page, id: string, attr: string) =>
		page.locator(`table[data-table="${id}"] tbody tr`).evaluateAll((trs, a) => trs.map((tr) => tr.getAttribute(a) ?? ''), attr);

	it('sorts a dossier’s year-by-year results by a header click and filters them by grade from the URL', async () => {
		const [{ unit }] = (await session.wh.all<{ unit: string }>(
			'SELECT unit_id AS unit FROM unit_results GROUP BY unit_id HAVING count(DISTINCT grade) >= 2 AND count(*) >= 3 ORDER BY unit_id LIMIT 1'
		)) as [{ unit: string }];
		const years = await session.wh.all<{ year: number; target: number; grade: string }>(
			'SELECT year, target_score::DOUBLE AS target, grade FROM unit_results WHERE unit_id = $unit ORDER BY year DESC',
			{ unit }
		);
		// the server's page first (a dossier's data is computed once and kept): the browser's visit waits on the network only
		expect(await html(`/units/${unit}`)).toContain('data-table="results"');
		const { page, errors } = await open(`/units/${unit}`);
		// the table's own order: the latest year first
		expect((await rowsOf(page, 'results', 'data-year')).map(Number)).toEqual(years.map((y) => y.year));
		await page.locator('table[data-table="results"] button[data-sort="target"]').click();
		await page.waitForURL(/results\.sort=target/);
		// ascending target score (ties in the table's own order: the sort is stable)
		const byTarget = [...years].sort((a, b) => a.target - b.target).map((y) => y.year);
		await expect.poll(async () => (await rowsOf(page, 'results', 'data-year')).map(Number)).toEqual(byTarget);
		expect(await page.locator('table[data-table="results"] th:has(button[data-sort="target"])').getAttribute('aria-sort')).toBe('ascending');

		// a grade filter in the URL: only that grade's years, the choice selected
		const grade = years[0]!.grade;
		const filtered = await open(`/units/${unit}?results.grade=${grade}`);
		expect((await rowsOf(filtered.page, 'results', 'data-year')).map(Number)).toEqual(years.filter((y) => y.grade === grade).map((y) => y.year));
		expect(await filtered.page.locator('form[data-table="results"] select[data-filter="grade"]').inputValue()).toBe(grade);
		expect([...errors, ...filtered.errors]).toEqual([]);
	});

	it('sorts an action’s table of /use by a header click and filters it by category from the URL', async () => {
		const { page, errors } = await open('/use');
		// the action with the most rows (a long table has the filters)
		const sizes = await page.locator('section.kind').evaluateAll((ss) => ss.map((s) => [s.id, s.querySelectorAll('tbody tr[data-subject]').length] as const));
		const [kind, n] = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
		expect(n).toBeGreaterThan(5);
		const names = () => page.locator(`table[data-table="${kind}"] tbody tr td:first-child a`).allTextContents();
		const before = await names();
		await page.locator(`table[data-table="${kind}"] button[data-sort="unit"]`).click();
		await page.waitForURL(new RegExp(`${kind}\\.sort=unit`));
		const collator = new Intl.Collator('zh-CN', { numeric: true });
		await expect.poll(names).toEqual([...before].sort(collator.compare));

		// the category of the first row, from the URL: exactly the rows of that category
		const rows = await page
			.locator(`table[data-table="${kind}"] tbody tr`)
			.evaluateAll((trs) => trs.map((tr) => ({ id: tr.getAttribute('data-subject')!, unit: tr.querySelector('td')!.textContent ?? '' })));
		const township = rows.filter((r) => r.unit.includes('（街道镇乡）')).map((r) => r.id);
		const category = township.length > 0 ? 'township' : 'department';
		const expected = category === 'township' ? township : rows.filter((r) => r.unit.includes('（区级部门）')).map((r) => r.id);
		expect(expected.length).toBeGreaterThan(0);
		const filtered = await open(`/use?${kind}.category=${category}`);
		expect((await rowsOf(filtered.page, kind, 'data-subject')).sort()).toEqual([...expected].sort());
		expect(await filtered.page.locator(`form[data-table="${kind}"] [role="status"]`).textContent()).toBe(`显示 ${expected.length} / ${n} 行`);
		expect([...errors, ...filtered.errors]).toEqual([]);
	});
});
