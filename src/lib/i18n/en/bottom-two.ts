// English for the bottom-two page (src/routes/bottom-two, the rule sentence made by its server
// load included) and its bottom-rank chart (src/lib/charts/bottom-rank.ts).
export const bottomTwo: Record<string, string> = {
	'{year} 年度': '{year}',
	'{year} 年': '{year}',
	'年度': 'Year',
	'单位': 'Unit',
	'考核组': 'Group',
	// The rule, as the server states it from the year's stored policy.
	'{subjects}连续两年列后{sizeWord}名（后 {size} 名）的，主要领导给予职务调整。':
		'{subjects}: the principal leaders of a unit in the bottom {sizeWord} ({size}) two years running are moved to other posts.',
	'{category}（不含{groups}）': '{category} (excluding {groups})',
	'本年度所有考核组均不参加后两名排位。': 'No assessment group is ranked for the bottom two this year.',
	'一': 'one',
	'两': 'two',
	'三': 'three',
	'四': 'four',
	'五': 'five',
	'六': 'six',
	'七': 'seven',
	'八': 'eight',
	'九': 'nine',
	'十': 'ten',
	'{year} 年度规则': 'The rule in {year}',
	'{category}排位范围：{groups}': '{category} ranked: {groups}',
	'无': 'none',
	'；不参加排位：{groups}': '; not ranked: {groups}',
	'同一单位在本年度和上年度（各按当年的考核办法）均列本类别后 {size} 名，即预警。':
		"A unit in the bottom {size} of its category both this year and the year before (each under that year's rules) raises an alert.",
	'领导干部连续两年被评为“基本称职”的，给予职务调整；被评为“不称职”的，即预警。':
		'A cadre graded "basically competent" two years running is moved to another post; a cadre graded "incompetent" raises an alert at once.',
	'依据：{policy}（{id}）': 'Source: {policy} ({id})',
	'{year} 年度没有存储考核办法。': 'The warehouse holds no assessment rules for {year}.',
	'{year} 年度后 {size} 名': 'Bottom {size} in {year}',
	'{category}：': '{category}: ',
	'无（本类别没有单位参加排位）': 'none (no unit of this category is ranked)',
	'、': ', ',
	'（倒数第 {rank} 名，{score} 分）': ' (rank {rank} from the bottom, {score} points)',
	'{year} 年度预警名单': 'Alerts in {year}',
	'{year} 年度没有预警：没有单位连续两年列后两名，没有干部连续两年被评为基本称职，也没有干部被评为不称职。':
		'No alerts in {year}: no unit in the bottom two two years running, no cadre basically competent two years running, no cadre incompetent.',
	'数据仓库中没有 {year} 年度的数据，本年度无法判定“连续两年”。':
		'The warehouse has no data for {year}, so "two years running" cannot be judged this year.',
	'共 {n} 条：{kinds}。': '{n} in all: {kinds}.',
	'{kind} {n} 条': '{kind}: {n}',
	'，': ', ',
	'预警类型': 'Alert',
	'干部': 'Cadre',
	'职务': 'Role',
	'依据': 'Grounds',
	'（{category}）': ' ({category})',
	'无主要负责人': 'no principal leader',
	'{prev} 年倒数第 {prevRank} 名，{year} 年倒数第 {rank} 名': 'rank {prevRank} from the bottom in {prev}, rank {rank} in {year}',
	'{prev} 年{prevGrade}，{year} 年{grade}': '{prevGrade} in {prev}, {grade} in {year}',
	'{year} 年{grade}': '{grade} in {year}',
	'倒数名次变化（{from}—{to} 年）': 'Ranks from the bottom, {from}–{to}',
	'曾列后两名的 {n} 个单位历年在本类别排位范围内的倒数名次（1 为最后一名，对数刻度）。浅红底为后两名区域，红点为列后两名的年份，红色粗线连接连续两年列后两名，并标出单位名称；蓝色虚线为所选年度。':
		"The rank from the bottom of their category, year by year, of the {n} units that were ever in the bottom two (1 is last; log scale). The light red band is the bottom two, a red dot a year in it, and a thick red line joins two years running in it, labelled with the unit's name; the dashed blue line is the year chosen.",
	'点击线条或圆点可查看该单位。': 'Click a line or a dot to see the unit.',
	'历年都没有单位列后两名。': 'No unit was ever in the bottom two.',
	// The chart.
	'倒数名次变化图': 'Chart of the ranks from the bottom',
	'倒数名次（1 = 最后一名）': 'Rank from the bottom (1 = last)',
	'倒数名次': 'Rank from the bottom',
	'状态': 'Status',
	'后两名': 'bottom two'
};
