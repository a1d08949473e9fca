// The site's pages, in the order the navigation shows them (one route each, under src/routes/),
// with the role a person needs to see the link (undefined: everyone, signed in or not). The
// access table in $lib/server/access decides what may be opened; this only hides useless links.
import type { Role } from '$lib/auth/roles';

export const NAV: readonly { href: string; label: string; role?: Role }[] = [
	{ href: '/', label: '总览', role: 'leader' },
	{ href: '/trends', label: '满意度趋势', role: 'leader' },
	{ href: '/rankings', label: '分组排名', role: 'leader' },
	{ href: '/bottom-two', label: '连续两年后两名', role: 'leader' },
	{ href: '/rewards', label: '奖励分配', role: 'leader' },
	{ href: '/use', label: '结果运用', role: 'leader' },
	{ href: '/summary', label: '年度公示' },
	{ href: '/policy', label: '考核办法', role: 'leader' },
	{ href: '/import', label: '导入数据', role: 'analyst' },
	{ href: '/admin/users', label: '账户', role: 'admin' },
	{ href: '/admin/audit', label: '审计日志', role: 'admin' }
];
