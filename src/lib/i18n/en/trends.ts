// English for the satisfaction trends page (src/routes/trends/) and its charts
// (satisfaction-trend, democratic-means, grade-mix, reverse-trend in src/lib/charts/).
export const trends: Record<string, string> = {
	// page
	'{range}共 {n} 个考核年度的民主测评满意度、考核等次和反向测评。':
		'{range}: satisfaction in the democratic evaluation, unit grades and reverse evaluation over {n} assessment years.',
	'{from}—{to} 年': '{from}–{to}',
	'满票率的变化': 'Change in the unanimous rate',
	'只有一个考核年度，还看不出变化。': 'The warehouse holds a single assessment year: no change to show yet.',
	'起始年度': 'From',
	'结束年度': 'To',
	'比较': 'Compare',
	'{from} 年领导班子满票率 {rate}（{unanimous} / {teams}），{to} 年{categories}。':
		'Team unanimous rate in {from}: {rate} ({unanimous} / {teams}); in {to}: {categories}.',
	'、': ', ',
	'请选择两个年度，起始年度早于结束年度。': 'Choose two years, the first before the second.',
	'{from} 年或 {to} 年没有领导班子满票率，无法比较。': 'No team unanimous rate for {from} or {to}: nothing to compare.',
	'满票率': 'Unanimous rate',
	'年度': 'Year',
	'系列': 'Series',
	'满票': 'Unanimous',
	'总数': 'Total',
	'还没有满意度数据。': 'No satisfaction figures yet.',
	'民主测评平均得分': 'Mean democratic evaluation score',
	'平均得分': 'Mean score',
	'还没有民主测评得分。': 'No democratic evaluation scores yet.',
	'考核等次构成': 'Grade mix',
	'类别': 'Category',
	'还没有单位考核等次。': 'No unit grades yet.',
	'数据仓库中没有反向测评数据：各年度的考核办法都没有反向测评，或年度数据包没有反向测评表。':
		'The warehouse holds no reverse evaluation: no year\'s rules include it, or the year bundles have no reverse evaluation table.',
	'反向测评自 {year} 年起实行（{n} 个年度）。每个项目取各班子或干部的勾选比例（勾选人数 ÷ 参评人数）的平均值。':
		'Reverse evaluation has been held since {year} ({n} years). Each aspect shows the mean, over the teams or cadres, of the share of participants who ticked it (ticks ÷ participants).',
	'没有领导班子反向测评数据。': 'No reverse evaluation of leadership teams.',
	'没有领导干部反向测评数据。': 'No reverse evaluation of cadres.',
	'对象': 'Subject',
	'项目': 'Aspect',
	'平均勾选比例': 'Mean share ticked',
	'达到预警线': 'At or above the warning line',
	'参评对象': 'Subjects evaluated',
	'年度“{year}”不是一个年份。': '"{year}" is not a year.',
	'数据仓库中没有 {year} 年度的满意度数据。': 'The warehouse has no satisfaction figures for {year}.',
	// charts
	'领导班子“好”满票率（{category}）': 'Teams rated "good" unanimously ({category})',
	'领导干部“优秀”满票率（全区）': 'Cadres rated "excellent" unanimously (whole district)',
	'各年度满票率：全部测评票均为“好”的领导班子、均为“优秀”的领导干部所占比例':
		'Unanimous rate per year: the share of leadership teams with every vote "good", and of cadres with every vote "excellent"',
	'满意度趋势折线图': 'Line chart of satisfaction trends',
	'满票率（%）': 'Unanimous rate (%)',
	'{subject}（{category}）': '{subject} ({category})',
	'各年度领导班子、领导干部民主测评得分的平均值（百分制）': 'Mean democratic evaluation score of leadership teams and cadres per year (out of 100)',
	'民主测评平均得分折线图': 'Line chart of mean democratic evaluation scores',
	'各年度各等次的单位数': 'Units of each grade per year',
	'各年度单位考核等次构成堆积柱状图': 'Stacked bar chart of unit grades per year',
	'单位数': 'Units',
	'等次': 'Grade',
	'领导班子反向测评': 'Reverse evaluation of leadership teams',
	'领导干部反向测评': 'Reverse evaluation of cadres',
	'各年度每个反向测评项目的平均勾选比例（勾选人数 ÷ 参评人数，各班子平均；纵轴不从 0 开始）':
		'Mean share ticked per reverse evaluation aspect and year (ticks ÷ participants, averaged over the teams; the axis does not start at 0)',
	'各年度每个反向测评项目的平均勾选比例（勾选人数 ÷ 参评人数，各干部平均；纵轴不从 0 开始）':
		'Mean share ticked per reverse evaluation aspect and year (ticks ÷ participants, averaged over the cadres; the axis does not start at 0)',
	'领导班子反向测评平均勾选比例折线图': 'Line chart of the reverse evaluation of leadership teams',
	'领导干部反向测评平均勾选比例折线图': 'Line chart of the reverse evaluation of cadres',
	'平均勾选比例（%）': 'Mean share ticked (%)'
};
