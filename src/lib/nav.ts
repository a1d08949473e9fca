// The site's pages, in the order the navigation shows them (one route each, under src/routes/).
export const NAV = [
	{ href: '/', label: '总览' },
	{ href: '/trends', label: '满意度趋势' },
	{ href: '/rankings', label: '分组排名' },
	{ href: '/bottom-two', label: '连续两年后两名' },
	{ href: '/rewards', label: '奖励分配' },
	{ href: '/summary', label: '年度公示' },
	{ href: '/policy', label: '考核办法' }
] as const;
