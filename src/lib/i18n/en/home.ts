// English for the overview page (src/routes/+page.svelte).
export const home: Record<string, string> = {
	'{year} 年度考核总览': 'Assessment overview {year}',
	'数据仓库收录 {n} 个考核年度（{range}）。': 'The warehouse holds {n} assessment years ({range}).',
	'{from}—{to} 年': '{from}–{to}',
	'本年度要点': 'This year at a glance',
	'考核单位': 'Units assessed',
	'特优 / 优秀单位': 'Outstanding / excellent units',
	'预警': 'Alerts',
	'奖金总额': 'Total bonus',
	'比上年 {change}': '{change} on the year before',
	'单位考核等次': 'Unit grades',
	'类别': 'Category',
	'{category}有 {n} 个单位进入同台PK，尚待投票，暂列“达标”。':
		'{category}: {n} units are in the competitive vote, not yet held, and count as qualified meanwhile.',
	'各考核组排名 →': 'Rankings in each group →',
	'特优和优秀单位': 'Outstanding and excellent units',
	'本年度没有特优单位（未进行同台PK，或PK尚待投票）。':
		'No outstanding unit this year (no competitive vote, or the vote is still to be held).',
	'本年度没有优秀单位。': 'No excellent unit this year.',
	'分': ' points',
	'PK {n} 票': '{n} {n|vote|votes} in the competitive vote',
	'本年度没有预警：没有单位连续两年列后两名，也没有干部连续两年基本称职或被评为不称职。':
		'No alerts this year: no unit in the bottom two two years running, no cadre basically competent two years running or incompetent.',
	'（该单位没有主要领导）': '(the unit has no principal leader)',
	'预警的依据和历年排位 →': 'The rule behind the alerts and the ranks over the years →',
	'民主测评满意度': 'Satisfaction in the democratic evaluation',
	'系列': 'Series',
	'变化': 'Change',
	'数据仓库中没有 {year} 年度的数据，无法与上年比较。': 'The warehouse has no data for {year}: no comparison with the year before.',
	'历年满意度趋势 →': 'Satisfaction over the years →',
	'年度': 'Year',
	'单位数': 'Units',
	'干部数': 'Cadres'
};
