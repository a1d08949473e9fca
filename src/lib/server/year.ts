// The year a page shows: ?year= when it names a year in the warehouse, else the latest.
import { error } from '@sveltejs/kit';

/**
 * The year asked for in `param`, or the latest of `years` (undefined when there is none).
 * A 400 when it is not a year, a 404 when the warehouse does not hold it.
 */
export function chosenYear(param: string | null, years: number[]): number | undefined {
	if (param === null || param.trim() === '') return years.at(-1);
	if (!/^\d{1,6}$/.test(param.trim())) error(400, { message: `年度“${param}”不是一个年份。` });
	const year = Number(param.trim());
	if (!years.includes(year)) error(404, { message: `数据仓库中没有 ${year} 年度的数据。` });
	return year;
}
