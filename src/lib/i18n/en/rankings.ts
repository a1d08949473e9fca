// English for the group rankings page (src/routes/rankings), its bar chart
// (src/lib/charts/group-ranking.ts) and the grade legend (src/lib/components/GradeLegend.svelte).
export const rankings: Record<string, string> = {
	'{year} 年度': '{year}',
	'{year} 年度，{groups} 个考核组共 {units} 个单位，各组按目标考核得分从高到低排名（得分相同者名次并列）。':
		'{year}: {units} units in {groups} assessment groups, ranked within each group by target score, highest first (equal scores share a rank).',
	'考核办法：{policy}；目标考核得分 {qualified} 分以上为达标，{basic} 分以上为基本达标。':
		'Rules: {policy}; a target score of {qualified} or more is qualified, {basic} or more basically qualified.',
	'数据仓库中没有 {year} 年度的数据，不显示名次变化。': 'The warehouse has no data for {year}, so no rank changes are shown.',
	'点击条形或单位名称可查看该单位。': "Click a bar or a unit's name to see the unit.",
	'{year} 年度没有单位的考核结果。': 'The warehouse holds no unit results for {year}.',
	'考核组': 'Group',
	'（{n}）': ' ({n})',
	'{n} 个单位': '{n} {n|unit|units}',
	'不参加后两名排位': 'not ranked for the bottom two',
	'名次': 'Rank',
	'单位': 'Unit',
	'目标考核得分': 'Target score',
	'综合得分': 'Composite score',
	'等次': 'Grade',
	'一票否决': 'Veto',
	'一票否决（{items}）': 'Veto ({items})',
	'否决项目：{items}': 'Vetoed on: {items}',
	'同台PK': 'Competitive vote',
	'待投票': 'vote pending',
	'{n} 票': '{n} {n|vote|votes}',
	'入围': 'shortlisted',
	'名次变化': 'Rank change',
	'上年第 {rank} 名': 'Rank {rank} the year before',
	'上年不在数据仓库中': 'Not in the warehouse the year before',
	'新': 'new',
	'上年在 {group} 组': 'In group {group} the year before',
	'转组': 'moved',
	'{year} 年度以上各考核组的排名表（一个文件）：': 'The rankings of every group above for {year}, in one file:',
	'{group}目标考核得分条形图': 'Bar chart of the target scores in {group}',
	'否决': 'veto',
	'等次图例': 'Grade legend'
};
