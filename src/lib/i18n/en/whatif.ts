// English for the what-if of the whole policy (src/routes/policy/whatif/).
export const whatif: Record<string, string> = {
	'整体政策假设测算': 'What-if for the whole policy',
	'修改 {year} 年度考核办法的任意参数（权重、分数线、名额、PK 比例、测评主体权重、刚性规定、平时考核权重、奖励标准），按考核规则重新计算该年度，逐个单位、逐名干部列出会变化的结果。测算在回滚的事务中进行，已存数据不变。':
		'Edit any parameter of the {year} policy (weights, thresholds, quotas, PK ratio, rater-group weights, national limits, periodic weight, reward) and the rules recompute the year: the results that would change are listed unit by unit and cadre by cadre. The recompute runs in a transaction that is rolled back; nothing stored changes.',
	'本网站以只读方式打开数据仓库：测算在该年度及前后各一年数据的内存副本上进行。':
		'This site opens the warehouse read-only: the what-if runs on an in-memory copy of the year and the years before and after it.',
	'考核办法（JSON）': 'Policy (JSON)',
	'开始测算': 'Run the what-if',
	'下载考核办法文件': 'Download the policy file',
	'恢复原办法': 'Back to the stored policy',
	'考核办法无效': 'The policy is not valid',
	'变化汇总': 'Changes',
	'重新计算用时 {ms} 毫秒。': 'Recomputed in {ms} ms.',
	'单位等次变化': 'Unit grades changed',
	'特优变化': 'Outstanding changed',
	'后两名变化': 'Bottom two changed',
	'奖金变化': 'Bonuses changed',
	'干部等次变化': 'Cadre grades changed',
	'新增预警': 'Alerts added',
	'取消预警': 'Alerts removed',
	'单位（{n} 个有变化）': 'Units ({n} changed)',
	'列后两名': 'In the bottom two',
	'奖金总额（原）': 'Bonus (stored)',
	'奖金总额（测算）': 'Bonus (what-if)',
	'没有单位的结果变化。': 'No unit’s results change.',
	'干部（{n} 名有变化）': 'Cadres ({n} changed)',
	'没有干部的等次变化。': 'No cadre’s grade changes.',
	'预警（{n} 条有变化）': 'Alerts ({n} changed)',
	'新增': 'Added',
	'取消': 'Removed',
	'没有预警变化。': 'No alert changes.',
	'假设测算（整体政策）': 'What-if (whole policy)'
};
