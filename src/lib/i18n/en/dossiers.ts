// English for the unit dossier (/units/<id>), the cadre dossier (/cadres/<id>), their charts and
// the search (/search).
export const dossiers: Record<string, string> = {
	// shared with other pages (the same English)
	'{n} 票': '{n} {n|vote|votes}',
	'一票否决': 'Veto',
	'人均奖金': 'Bonus per head',
	'倒数名次': 'Rank from the bottom',
	'入围': 'shortlisted',
	'单位': 'Unit',
	'同台PK': 'Competitive vote',
	'否决': 'veto',
	'干部': 'Cadre',
	'年度': 'Year',
	'满票': 'Unanimous',
	'目标考核得分': 'Target score',
	'等次': 'Grade',
	'综合得分': 'Composite score',
	'考核组': 'Group',
	'职务': 'Role',
	'达到预警线': 'At or above the warning line',
	'预警': 'Alerts',
	'预警类型': 'Alert',
	'（该单位没有主要领导）': '(the unit has no principal leader)',

	// the unit dossier
	'单位档案': 'Unit dossier',
	'编内在职职工 {n} 人': '{n} staff',
	'数据仓库的 {total} 个考核年度中，本单位参加了 {n} 个。': 'Of the {total} assessment years in the warehouse, the unit took part in {n}.',
	'{years} 年度不在考核范围内。': 'Not assessed in {years}.',
	'曾用名：{names}。': 'Former names: {names}.',
	'本单位 {year} 年度新纳入考核，上一年度不在考核范围内。': 'The unit is assessed for the first time in {year}; it was not assessed the year before.',
	'本单位最近一次参加考核是 {year} 年度，{latest} 年度不在考核范围内。': 'The unit was last assessed in {year}; it is not assessed in {latest}.',
	'历年考核结果': 'Results year by year',
	'点的颜色为当年等次，点上方为组内名次（名次/组内单位数）。': "A dot's colour is the year's grade; above it, the rank in the group (rank/units in the group).",
	'民主测评得分': 'Democratic score',
	'组内名次': 'Rank in group',
	'新纳入': 'new',
	'所在考核组不参加后两名排位': "The unit's group is exempt from the bottom-two ranking",
	'不排位': 'exempt',
	'列后两名': 'In the bottom two',
	'入围，待投票': 'shortlisted, vote pending',
	'该年度不在考核范围内': 'Not assessed this year',
	'{year} 年度一票否决：{item}': '{year}: vetoed on {item}',
	'组内名次按目标考核得分从高到低排列；倒数名次在同类别（不含不参加排位的考核组）中从低到高排列，1 为最后一名。':
		'The rank in the group is by target score, highest first; the rank from the bottom is within the category (without the exempt groups), lowest first, 1 being the last.',
	'奖金': 'Bonus',
	'编制人数': 'Staff',
	'发放比例': 'Rate',
	'目标考核奖': 'Target bonus',
	'等次奖励': 'Grade award',
	'奖金合计': 'Total bonus',
	'金额单位：元。目标考核奖 = 人均每分奖励标准 × 目标考核得分 × 编内在职职工人数 × 发放比例；人均奖金 = 奖金合计 ÷ 编内在职职工人数。':
		'Amounts in yuan. Target bonus = bonus per point per head × target score × staff × rate; bonus per head = total bonus ÷ staff.',
	'领导班子民主测评': 'Democratic evaluation of the leadership team',
	'票数为各测评项目之和；全部为“好”即满票。': 'Ballots summed over the aspects; unanimous when every ballot is “good”.',
	'数据仓库中没有本单位领导班子的民主测评票数。': "The warehouse holds no democratic ballots of the unit's leadership team.",
	'领导班子反向测评': 'Reverse evaluation of leadership teams',
	'本单位参加考核的年度都没有反向测评（考核办法自 2004 年起才有反向测评，或当年没有上报）。':
		'None of the years the unit was assessed had a reverse evaluation (the rules have one from 2004, or none was reported that year).',
	'参评人数': 'Participants',
	'{ticks} / {participants} 人勾选': '{ticks} of {participants} ticked',
	'各项为勾选该项的参评人数所占比例；⚑ 表示达到考核办法的预警线（{share}）。':
		'Each figure is the share of participants who ticked the aspect; ⚑ marks a share at or above the warning line of the rules ({share}).',
	'领导班子成员': 'Leadership team members',
	'数据仓库中没有本单位的领导干部。': 'The warehouse holds no cadres of this unit.',
	'本单位没有预警：没有连续两年列后两名，班子成员也没有连续两年基本称职或被评为不称职。':
		'No alerts for this unit: it was never in the bottom two two years running, and none of its cadres was basically competent two years running or incompetent.',
	'找不到单位': 'Unit not found',
	'单位档案无法显示': 'The unit dossier cannot be shown',
	'数据仓库中没有编码为“{id}”的单位。': 'The warehouse holds no unit with the id “{id}”.',
	'按名称或编码搜索单位和干部 →': 'Search units and cadres by name or id →',

	// the cadre dossier
	'干部考察档案': 'Cadre dossier',
	'{year} 年度任': '{year}: ',
	'数据仓库中有本干部 {n} 个考核年度的记录（{years}）。': 'The warehouse holds {n} assessment years of this cadre ({years}).',
	'先后在 {n} 个单位任职。': 'Served in {n} units.',
	'本干部 {year} 年度新纳入考核。': 'The cadre is assessed for the first time in {year}.',
	'本干部最近一次参加考核是 {year} 年度，{latest} 年度不在考核范围内。': 'The cadre was last assessed in {year}; not assessed in {latest}.',
	'单位目标考核得分': "Unit's target score",
	'重新纳入': 'back',
	'（建议等次：{grade}，最终认定）': '(suggested: {grade}; final grade set)',
	'综合得分由所在单位的目标考核得分和本人的民主测评得分按考核办法的权重合成（主要负责人与班子成员权重不同）。':
		"The composite score weighs the unit's target score and the cadre's own democratic score as the rules say (principal leaders and members have different weights).",
	'票数为各测评项目之和；全部为“优秀”即满票。': 'Ballots summed over the aspects; unanimous when every ballot is “excellent”.',
	'数据仓库中没有本干部的民主测评票数。': 'The warehouse holds no democratic ballots of this cadre.',
	'使用意向': 'Intended use',
	'本干部参加考核的年度都没有反向测评，因此没有使用意向票。': 'None of the years the cadre was assessed had a reverse evaluation, so there are no intended-use votes.',
	'票数为勾选该使用意向的参评人数，其后为所占比例。': 'Votes are the participants who ticked the intended use, followed by their share.',
	'本干部参加考核的年度都没有反向测评（考核办法自 2004 年起才有反向测评，或当年没有上报）。':
		'None of the years the cadre was assessed had a reverse evaluation (the rules have one from 2004, or none was reported that year).',
	'本干部没有预警：没有连续两年基本称职或被评为不称职，所在单位也没有在其任主要领导期间连续两年列后两名。':
		'No alerts for this cadre: never basically competent two years running nor incompetent, and no unit led by the cadre was in the bottom two two years running.',
	'找不到干部': 'Cadre not found',
	'干部档案无法显示': 'The cadre dossier cannot be shown',
	'数据仓库中没有编码为“{id}”的干部。': 'The warehouse holds no cadre with the id “{id}”.',

	// charts
	'历年目标考核得分和组内名次图': 'Target score and rank in group, year by year',
	'未考核': 'Not assessed',
	'历年综合得分和等次图': 'Composite score and grade, year by year',

	// search
	'搜索“{q}”': 'Search “{q}”',
	'搜索单位和干部': 'Search units and cadres',
	'单位名称、干部姓名或编码': 'Unit name, cadre name or id',
	'输入单位名称、干部姓名或编码的一部分（不区分大小写），例如“水务”或“D1”，查找各年度的单位和干部，进入其档案。输入完整的编码会直接打开该单位或干部的档案。':
		'Type part of a unit name, a cadre name or an id (case does not matter), e.g. part of a Chinese name, or “D1”, to find the units and cadres of every year and open their dossiers. A complete id opens that dossier directly.',
	'没有名称或编码包含“{q}”的单位或干部。': 'No unit or cadre has a name or id containing “{q}”.',
	'名称或编码包含“{q}”的：{units} 个单位，{cadres} 名干部。': 'Names or ids containing “{q}”: {units} units, {cadres} cadres.',
	'只显示前 200 个结果，请输入更长的关键词。': 'Only the first 200 results are shown; type a longer query.',
	'关键词过长，只按前 100 个字符搜索。': 'The query is too long; only its first 100 characters were searched for.',
	'编码': 'Id',
	'参加考核的年度': 'Years assessed',
	'（{n} 个年度）': '({n} {n|year|years})',
	'姓名': 'Name',
	'最近所在单位和职务': 'Latest unit and role'
};
