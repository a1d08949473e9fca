// English for the list of annual summaries (/summary). The summaries themselves are published in
// Chinese, as the district publishes them.
export const summary: Record<string, string> = {
	'年度公示': 'Annual summaries',
	'每个年度有两个版本：公示版只含单位等次、得分、名次和汇总数字，可以公开；内部版另含民主测评票数、逆向测评、使用意向和预警，仅供组织部门使用。文件以中文发布。':
		'Each year has two editions: the public notice holds only unit grades, scores, ranks and aggregate figures and may be published; the internal edition adds ballot counts, reverse evaluation, usage intents and alerts, for the organization department only. The documents are published in Chinese.',
	'公示版': 'Public notice',
	'内部版': 'Internal edition',
	'用命令行可以写出 HTML、PDF 和 XLSX：': 'The command line writes them as HTML, PDF and XLSX: '
};
