// The marks of 评议质量 beside results (QualityMarks.svelte), the filter of 评议质量 they link to,
// and the opening of the dossiers (alerts, grade and personnel actions first).
export const marks: Record<string, string> = {
	'信号：{signal}': 'Signal: {signal}',
	'临界：差 {n} 分': 'Close: {n} points',
	'临界：PK 差 {n} 票': 'Close: {n} PK {n|vote|votes}',
	'临界：差 {n} 张票': 'Close: {n} {n|ballot|ballots}',
	'评议质量：这一结果有多可信': 'Quality of evaluation: how far this result can be trusted',
	'只列出与干部{name}有关的结果和线索。': 'Only the results and signals concerning the cadre {name}.',
	'只列出与{name}（及其干部）有关的结果和线索。': 'Only the results and signals concerning {name} (and its cadres).',
	'档案': 'Dossier',
	'显示全部': 'Show all',
	'{year} 年度：': '{year}: ',
	'组内第 {rank} 名（共 {size} 个）': 'ranked {rank} of {size} in its group',
	'列后两名（倒数第 {rank} 名）': 'in the bottom two ({rank} from the bottom)',
	'{year} 年度结果运用事项': 'Use of the {year} results',
	'本年度考核结果没有提出结果运用事项。': 'The year’s results call for no personnel action.',
	'结果运用（{year} 年度）': 'Use of results ({year})'
};
