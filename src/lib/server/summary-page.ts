// The load of both summary pages (/summary/<year> and /summary/<year>/internal).
import { error } from '@sveltejs/kit';
import { siteWarehouse } from './site-warehouse.js';
import { loadSummary, type Edition, type Summary } from '$lib/summary/load';

export async function summaryPage(yearParam: string, edition: Edition): Promise<{ summary: Summary }> {
	if (!/^\d{1,6}$/.test(yearParam)) error(400, { message: `年度“${yearParam}”不是一个年份。` });
	const summary = await loadSummary(await siteWarehouse(), Number(yearParam), edition);
	if (!summary) error(404, { message: `数据仓库中没有 ${yearParam} 年度的数据。` });
	return { summary };
}
