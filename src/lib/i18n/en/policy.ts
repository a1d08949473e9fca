// English for the policy page (src/routes/policy/) and the policy changes (src/lib/policy/diff.ts).
export const policy: Record<string, string> = {
	'、': ', ',
	'，': ', ',
	'{year} 年度考核办法': 'Assessment rules {year}',
	'{year} 年度按《{name}》（编号 {id}）考核。以下各节按导入该年度时保存的考核办法列出规则，数值都取自该办法。':
		'{year} was assessed under “{name}” (id {id}). The sections below state its rules; every value comes from the policy stored when the year was imported.',
	'该办法随年度数据包（policy.json）导入。': 'The policy came with the year bundle (policy.json).',
	'该办法来自 {file}。': 'The policy came from {file}.',
	'与 {prev} 年度相比没有变化。': 'Unchanged from {prev}.',
	'与 {prev} 年度相比有 {n} 处变化。': '{n} {n|change|changes} from {prev}.',

	// groups
	'考核组': 'Group',
	'类别': 'Category',
	'{year} 年度 {units} 个单位按性质和工作条件分在 {n} 个考核组：{list}。同组单位在组内按目标考核得分排名。':
		'In {year}, {units} units were assessed in {n} groups of units of like nature and conditions: {list}. Units are ranked by target score within their group.',
	'{category} {n} 个组': '{category}: {n} {n|group|groups}',
	'编号': 'Id',
	'后两名排位': 'Bottom-two ranking',
	'本年度单位数': 'Units this year',
	'参加': 'Included',
	'不参加': 'Exempt',

	// target score
	'目标考核': 'Target score',
	'目标考核实行百分制，单位的目标考核得分是其考核内容各项目得分之和。本年度的考核内容有 {n} 类：':
		'Target scores are out of 100: a unit’s target score is the sum of the points of the items of its template. This year has {n} templates:',
	'{name}（满分 {total} 分）：': '{name} (full marks {total}):',
	'{name} {max} 分': '{name} {max}',
	'本年度的考核办法没有一票否决项目。': 'This year’s policy has no veto items.',
	'一票否决项目：{items}。单位有任一项被否决的，不论目标考核得分多少，等次都为“不达标”，不进入“特优”候选，也不计发综合目标考核奖。':
		'Veto items: {items}. A unit vetoed on any of them is graded unqualified whatever its target score, cannot be a candidate for outstanding, and receives no target bonus.',
	'各类考核内容都适用这些否决项目。': 'They apply to every template.',
	'{name}不设否决项目。': '{name}: no veto items.',
	'{name}适用：{items}。': '{name}: {items}.',

	// democratic evaluation
	'领导班子按 {n} 个项目测评：{aspects}。': 'Leadership teams are rated on {n} aspects: {aspects}.',
	'领导干部按 {n} 个项目测评：{aspects}。': 'Cadres are rated on {n} aspects: {aspects}.',
	'各项目权重均为 {w}。': 'Every aspect has weight {w}.',
	'各项目的权重：{list}。': 'Aspect weights: {list}.',
	'每张票按评价折算：领导班子“好”{good}、“较好”{fairly_good}、“一般”{average}、“差”{poor}；领导干部“优秀”{excellent}、“称职”{competent}、“基本称职”{basically_competent}、“不称职”{incompetent}。':
		'Each ballot counts by its rating: for teams good {good}, fairly good {fairly_good}, average {average}, poor {poor}; for cadres excellent {excellent}, competent {competent}, basically competent {basically_competent}, incompetent {incompetent}.',
	'每个项目的得分 = 100 × Σ（票数 × 折算系数）÷ 该项目总票数；各项目得分按权重加权平均，即为民主测评得分（保留两位小数）。':
		'Each aspect scores 100 × Σ(ballots × factor) ÷ the aspect’s ballots; the weighted mean of the aspect scores is the democratic score (two decimals).',
	'民主测评得分 {top} 分（含）以上为“好”（干部为“优秀”），{second} 分（含）以上为“较好”（“称职”），{third} 分（含）以上为“一般”（“基本称职”），{third} 分以下为“差”（“不称职”）。':
		'A democratic score of {top} or more is good (excellent for a cadre), {second} or more fairly good (competent), {third} or more average (basically competent), below {third} poor (incompetent).',

	// composite score
	'综合得分': 'Composite score',
	'领导班子和单位党政主要负责人（党委书记、行政主要负责人）：综合得分 = 目标考核得分 × {target} + 民主测评得分 × {democratic}。':
		'Teams and principal leaders (party secretary, administrative head): composite score = target score × {target} + democratic score × {democratic}.',
	'其他班子成员：综合得分 = 目标考核得分 × {target} + 民主测评得分 × {democratic}。干部的目标考核得分取所在单位的得分。':
		'Other team members: composite score = target score × {target} + democratic score × {democratic}. A cadre takes the target score of their unit.',
	'领导干部的建议等次按综合得分划分：{top} 分（含）以上“优秀”，{second} 分（含）以上“称职”，{third} 分（含）以上“基本称职”，其下“不称职”；区委审定了等次的，以审定的等次为准。':
		'A cadre’s suggested grade follows the composite score: {top} or more excellent, {second} or more competent, {third} or more basically competent, below that incompetent; a grade set by the district committee takes precedence.',

	// unit grades
	'单位等次': 'Unit grades',
	'被一票否决或目标考核得分低于 {basic} 分的单位为“不达标”；{basic} 分（含）至 {qualified} 分为“基本达标”；{qualified} 分（含）以上为“达标”。':
		'A unit vetoed or with a target score below {basic} is unqualified; from {basic} up to {qualified} basically qualified; {qualified} or more qualified.',
	'“达标”单位中，{quotas}（按目标考核得分排名，得分相同者名次并列）为“特优”候选单位。':
		'Among qualified units, {quotas} (ranked by target score, ties sharing a rank) are the candidates for outstanding.',
	'{category}前 {n} 名': 'the top {n} {category}',
	'同台PK、差额票决：候选单位主要负责人同台述职，参会人员现场投票，按得票多少排序（票数相同的按目标考核得分），按 {ratio} 的比例确定“特优”单位（候选单位数除以 {r}，取整数部分），其余候选单位为“优秀”。某一类别尚未票决时，其候选单位暂列“达标”。':
		'Competitive vote: the candidates’ heads report on one stage and the meeting votes; candidates are ordered by votes (ties by target score) and the ratio {ratio} decides the outstanding units (the number of candidates divided by {r}, rounded down); the other candidates are excellent. While a category has not voted, its candidates count as qualified.',
	'{year} 年度的考核办法没有同台PK（差额票决）：“特优”候选单位都评为“优秀”，不评“特优”。':
		'The {year} policy has no competitive vote: every candidate is graded excellent and no unit is outstanding.',

	// reverse evaluation
	'领导班子从 {n} 个方面反向测评：{aspects}。': 'Reverse evaluation of teams covers {n} weaknesses: {aspects}.',
	'领导干部从 {n} 个方面反向测评：{aspects}；另测评使用意向（{intents}）。':
		'Reverse evaluation of cadres covers {n} weaknesses: {aspects}; it also asks about intended use ({intents}).',
	'某一方面勾选的人数占参评人数的比例达到 {flag}（含）的，予以提示。':
		'A weakness ticked by {flag} or more of the participants is flagged.',
	'{year} 年度的考核办法没有反向测评，也不测评干部使用意向。':
		'The {year} policy has no reverse evaluation and no question on the intended use of cadres.',

	// bottom two
	'后两名与基本称职': 'Bottom two and basically competent',
	'区级部门和街道镇乡分别按目标考核得分从低到高排位（得分相同者名次并列），倒数 {size} 名以内的单位列“后两名”。':
		'District departments and townships are each ranked by target score from the lowest (ties sharing a rank); units ranked in the last {size} are in the bottom two.',
	'{groups}不参加排位。': '{groups}: exempt from this ranking.',
	'所有考核组都参加排位。': 'Every group takes part in this ranking.',
	'连续两年列“后两名”的单位，其党政主要负责人给予职务调整；连续两年被评为“基本称职”的领导干部给予职务调整；被评为“不称职”的领导干部列入预警。':
		'The principal leaders of a unit in the bottom two two years running are moved from their posts; so is a cadre graded basically competent two years running; a cadre graded incompetent is flagged.',
	'本年度的预警 →': 'This year’s alerts →',

	// rewards
	'奖励': 'Rewards',
	'获“达标”及以上等次的单位，综合目标考核奖 = 人均每分奖励标准 {per_point} 元 × 目标考核得分 × 编内在职职工人数；“基本达标”单位按 {rate} 计发；“不达标”单位不予奖励。':
		'A unit graded qualified or better receives a target bonus = {per_point} yuan per point per capita × target score × staff; a basically qualified unit receives {rate} of it; an unqualified unit nothing.',
	'在此基础上，{list}。': 'On top of that, {list}.',
	'“{grade}”单位另奖 {amount} 元': 'a unit graded {grade} receives {amount} yuan more',
	'本年度不设等次奖励。': 'This year has no extra reward by grade.',

	// comparison
	'与上年比较': 'Compared with the year before',
	'数据仓库中没有 {year} 年度以前的年度，无从比较。': 'The warehouse holds no year before {year}: there is nothing to compare with.',
	'{prev} 年度按同一考核办法（编号 {id}）考核，参数没有变化。': '{prev} was assessed under the same policy (id {id}); no parameter changed.',
	'与 {prev} 年度的考核办法（编号 {id}）相比，参数没有变化。': 'No parameter changed from the policy of {prev} (id {id}).',
	'与 {prev} 年度的考核办法《{name}》（编号 {id}）相比，有 {n} 处变化：': '{n} {n|change|changes} from the policy of {prev}, “{name}” (id {id}):',
	'参数': 'Parameter',
	'考核办法原文（JSON）': 'The policy as stored (JSON)',

	// change labels and values (src/lib/policy/diff.ts)
	'考核办法编号': 'Policy id',
	'考核办法名称': 'Policy name',
	'名称': 'name',
	'不参加后两名排位': 'not ranked for the bottom two',
	'考核组“{name}”': 'Group “{name}”',
	'考核组“{name}”的{field}': 'Group “{name}”: {field}',
	'一票否决项目“{name}”': 'Veto item “{name}”',
	'一票否决项目 {id} 的名称': 'Name of veto item {id}',
	'考核内容“{name}”': 'Template “{name}”',
	'考核内容 {id} 的名称': 'Name of template {id}',
	'考核内容“{name}”的一票否决项目': 'Template “{name}”: veto items',
	'考核内容“{name}”的考核项目“{item}”': 'Template “{name}”: item “{item}”',
	'考核内容“{name}”中“{item}”的满分': 'Template “{name}”: full marks of “{item}”',
	'考核内容“{name}”中考核项目 {id} 的名称': 'Template “{name}”: name of item {id}',
	'“达标”分数线': 'Qualified threshold',
	'“基本达标”分数线': 'Basically qualified threshold',
	'领导班子民主测评项目“{name}”': 'Team democratic aspect “{name}”',
	'领导干部民主测评项目“{name}”': 'Cadre democratic aspect “{name}”',
	'领导班子民主测评项目“{name}”的权重': 'Weight of team democratic aspect “{name}”',
	'领导干部民主测评项目“{name}”的权重': 'Weight of cadre democratic aspect “{name}”',
	'领导班子民主测评项目 {id} 的名称': 'Name of team democratic aspect {id}',
	'领导干部民主测评项目 {id} 的名称': 'Name of cadre democratic aspect {id}',
	'领导班子民主测评“{band}”票的折算系数': 'Team ballot factor for “{band}”',
	'领导干部民主测评“{band}”票的折算系数': 'Cadre ballot factor for “{band}”',
	'民主测评“好”（“优秀”）分数线': 'Democratic threshold for good (excellent)',
	'民主测评“较好”（“称职”）分数线': 'Democratic threshold for fairly good (competent)',
	'民主测评“一般”（“基本称职”）分数线': 'Democratic threshold for average (basically competent)',
	'领导班子和党政主要负责人综合得分中目标考核的权重': 'Target weight in the composite score of teams and principal leaders',
	'其他班子成员综合得分中目标考核的权重': 'Target weight in the composite score of other members',
	'{category}“特优”候选名额': 'Candidates for outstanding among {category}',
	'同台PK票决比例': 'Competitive vote ratio',
	'“后两名”名额': 'Size of the bottom two',
	'反向测评预警线': 'Reverse evaluation flag threshold',
	'领导班子反向测评方面“{name}”': 'Team reverse aspect “{name}”',
	'领导干部反向测评方面“{name}”': 'Cadre reverse aspect “{name}”',
	'领导班子反向测评方面 {id} 的名称': 'Name of team reverse aspect {id}',
	'领导干部反向测评方面 {id} 的名称': 'Name of cadre reverse aspect {id}',
	'人均每分奖励标准': 'Bonus per point per capita',
	'“基本达标”单位奖金计发比例': 'Bonus rate of basically qualified units',
	'“{grade}”单位另发的奖励': 'Extra reward of {grade} units',
	'{n} 分': '{n} {n|point|points}',
	'{n} 元': '{n} yuan',
	'无同台PK': 'No competitive vote',
	'无': 'none',
	'有': 'Yes',
	'是': 'Yes',
	'否': 'No',
	'有（领导班子 {team} 个方面、领导干部 {cadre} 个方面）': 'Yes ({team} team aspects, {cadre} cadre aspects)'
};
