// English of the texts added when the pages were looked at in the browser (test/site/browser.test.ts).
export const look: Record<string, string> = {
	'往年班子成员（{years}）': 'Team members in earlier years ({years})',
	'{n} 名干部': '{n} {n|cadre|cadres}',
	'正在加载': 'Loading',
	'菜单': 'Menu',
	'收起菜单': 'Close menu',
	'找不到此页面': 'Page not found',
	'页面无法显示': 'The page cannot be shown',
	'本站没有地址为“{path}”的页面。': 'The site has no page at {path}.',
	'返回总览': 'Back to the overview'
};
