// The site's pages, in the order the navigation shows them (one route each, under src/routes/),
// with the role a person needs to see the link (undefined: everyone, signed in or not). The
// access table in $lib/server/access decides what may be opened; this only hides useless links.
// `year`: the page shows one assessment year (?year=), so a link to it carries the year the
// reader chose, and picking 2005 on 总览 still shows 2005 on 分组排名.
import type { Role } from '$lib/auth/roles';

export interface NavItem {
	href: string;
	label: string;
	role?: Role;
	year?: boolean;
}

export const NAV: readonly NavItem[] = [
	{ href: '/', label: '总览', role: 'leader', year: true },
	{ href: '/trends', label: '满意度趋势', role: 'leader' },
	{ href: '/rankings', label: '分组排名', role: 'leader', year: true },
	{ href: '/bottom-two', label: '连续两年后两名', role: 'leader', year: true },
	{ href: '/rewards', label: '奖励分配', role: 'leader', year: true },
	{ href: '/compare', label: '单位对比', role: 'leader', year: true },
	{ href: '/quality', label: '评议质量', role: 'leader', year: true },
	{ href: '/use', label: '结果运用', role: 'leader', year: true },
	{ href: '/summary', label: '年度公示' },
	{ href: '/policy', label: '考核办法', role: 'leader', year: true },
	{ href: '/import', label: '导入数据', role: 'analyst' },
	{ href: '/admin/users', label: '账户', role: 'admin' },
	{ href: '/admin/audit', label: '审计日志', role: 'admin' }
];

/** The year a URL names (?year=, four digits), or null. */
export function yearOf(url: URL): number | null {
	const y = url.searchParams.get('year');
	return y !== null && /^\d{4}$/.test(y) ? Number(y) : null;
}

/** The link to a page of the navigation, with the chosen year when the page shows one year. */
export function navHref(item: NavItem, year: number | null): string {
	return item.year && year !== null ? `${item.href}?year=${year}` : item.href;
}
