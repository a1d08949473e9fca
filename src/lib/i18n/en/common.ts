// English for the site's frame, shared labels and messages used on several pages.
export const common: Record<string, string> = {
	'考核': 'Kaohe',
	'领导班子和领导干部综合考核数据仓库': 'Comprehensive assessment of leadership teams and cadres',
	'考核 · 领导班子和领导干部综合考核数据仓库': 'Kaohe · Comprehensive assessment of leadership teams and cadres',
	'主导航': 'Main navigation',
	'总览': 'Overview',
	'满意度趋势': 'Satisfaction trends',
	'分组排名': 'Group rankings',
	'连续两年后两名': 'Bottom two, two years running',
	'奖励分配': 'Rewards',
	'考核办法': 'Assessment rules',
	'数据来自考核数据仓库（只读）。': 'Data from the assessment warehouse (read only).',
	'语言': 'Language',
	'考核年度': 'Assessment year',
	'查看': 'Show',
	'{year} 年': '{year}',
	'数据表': 'Data table',
	'下载': 'Download',
	'分页': 'Pages',
	'上一页': 'Previous page',
	'下一页': 'Next page',
	'第 {page} 页，共 {pages} 页': 'Page {page} of {pages}',
	'搜索单位或干部': 'Search units or cadres',
	'搜索': 'Search',
	'合计': 'Total',
	'数据仓库中还没有年度数据。请先用 npm run cli -- import 数据包 导入年度数据包。':
		'The warehouse holds no year yet. Import a year bundle first with npm run cli -- import BUNDLE.'
};
