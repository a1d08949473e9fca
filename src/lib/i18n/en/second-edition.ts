// The second edition on the dossiers and the policy page: rater groups, periodic assessment, the
// national limits on cadre grades, training needs, comments.
export const secondEdition: Record<string, string> = {
	'{year} 年度分层次测评': '{year}: evaluation by rater group',
	'测评项目': 'Aspect',
	'权重 {w}': 'weight {w}',
	'项目得分': 'Aspect score',
	'分层次测评、刚性规定、培训需求和评语': 'Rater groups, national limits, training needs and comments',
	'不称职票': 'Incompetent votes',
	'优秀和称职票': 'Excellent and competent votes',
	'刚性规定': 'National limits',
	'对建议等次的影响': 'Effect on the suggested grade',
	'培训需求（缺什么补什么）': 'Training needs (what is lacking)',
	'反向测评勾选 {share}': 'ticked by {share} in the reverse evaluation',
	'测评项目得分最低（{score}）': 'lowest aspect score ({score})',
	'区委常委会评语': "The district committee's comments",
	'不称职票 {share} ≥ {min} → 不称职': 'incompetent votes {share} ≥ {min} → incompetent',
	'所在班子民主测评为“{band}”，主要负责人不得评为优秀 → 称职': 'the team is rated “{band}”, so its principal leaders cannot be excellent → competent',
	'优秀不超过 {share}（本年度 {places} 名，共 {cadres} 名干部），按综合得分在名额之外 → 称职':
		'at most {share} excellent ({places} of {cadres} cadres this year); outside the places by composite score → competent',
	'按综合得分为“{band}”；{reason}': '“{band}” by the composite score; {reason}',
	'不称职票达到 {min} 的为不称职': 'incompetent from {min} incompetent votes',
	'优秀不超过 {share}': 'at most {share} excellent',
	'优秀和称职票不足 {share} 的诫勉谈话': 'admonition below {share} excellent and competent votes',
	'；': '; ',
	'平时考核': 'Periodic assessment',
	'各期得分': 'Scores by period',
	'平时考核得分': 'Periodic score',
	'年终考核项目得分': 'Year-end item score',
	'目标考核得分': 'Target score',
	'年终 × {a} + 平时 × {b}': 'year-end × {a} + periodic × {b}',
	'领导班子分层次测评': 'Team evaluation by rater group',
	'分层次测评的测评人类别': 'Rater groups of the layered evaluation',
	'测评人类别“{name}”': 'Rater group “{name}”',
	'测评人类别“{name}”的权重': 'Weight of rater group “{name}”',
	'测评人类别 {id} 的名称': 'Name of rater group {id}',
	'平时考核在目标考核得分中的权重': 'Weight of the periodic score in the target score',
	'领导干部等次的刚性规定': 'National limits on cadre grades',
	'“不称职”票达到此比例即为不称职': 'Share of incompetent votes from which a cadre is incompetent',
	'领导班子测评为这些档次的，主要负责人不得评为优秀': 'Team bands that bar the principal leaders from excellent',
	'“优秀”等次比例上限': 'Largest share of excellent cadres',
	'“优秀”和“称职”票低于此比例的诫勉谈话': 'Admonition below this share of excellent and competent votes',
	'{name}（权重 {w}）': '{name} (weight {w})',
	'有（权重 {w}）': 'Yes (weight {w})',
	'有（未设具体规定）': 'Yes (no rule set)',
	'有（{n} 项规定）': 'Yes ({n} rules)',
	'分层次测评': 'Evaluation by rater group',
	'民主测评按 {n} 类测评人分别计票：{groups}。': 'The democratic evaluation counts the ballots of {n} rater groups apart: {groups}.',
	'每个测评项目先分别算出各类测评人的得分，再按各类测评人的权重加权平均（只计该项目有票的类别，各类的票数不合并计算）；各项目得分再按项目权重加权平均，最后保留两位小数。':
		'Each aspect is scored for each rater group first, and these scores are averaged with the groups’ weights (over the groups with ballots for the aspect; ballots of different groups are never pooled); the aspect scores are then averaged with the aspect weights and rounded to two decimals at the end.',
	'平时考核纳入年度考核：目标考核得分 = 年终考核项目得分 × {year_end} + 平时考核得分 × {weight}。平时考核得分是各期（季度、半年等）得分的平均数，各得分均保留两位小数。':
		'The periodic checks count in the annual result: target score = year-end item score × {year_end} + periodic score × {weight}. The periodic score is the mean of the periods’ scores (quarters, half-years…); every score is rounded to two decimals.',
	'按综合得分定出建议等次后，依次适用以下规定（只改变建议等次；区委审定的等次仍以审定为准）：':
		'After the suggested grade is set by the composite score, these rules apply in order (to the suggested grade only; a grade set by the district committee still decides):',
	'“不称职”票占全部票数（各项目、各类测评人合计）达到 {share} 的，建议等次为“不称职”。':
		'A cadre whose incompetent votes reach {share} of all votes (every aspect and rater group together) is suggested incompetent.',
	'领导班子民主测评为{bands}的，其党政主要负责人不得评为“优秀”，改为“称职”。':
		'Where the team is rated {bands}, its principal leaders cannot be excellent and become competent.',
	'“优秀”不超过全区当年领导干部人数的 {share}（向下取整）：超出的按综合得分、民主测评得分从高到低保留，其余改为“称职”。':
		'At most {share} of the year’s cadres (rounded down) are excellent: they are kept by composite score, then democratic score, from the highest; the rest become competent.',
	'“优秀”和“称职”票合计不足全部票数 {share} 的，进行诫勉谈话（列入预警）。':
		'A cadre with excellent and competent votes below {share} of all votes is admonished (an alert).',
	'连续两年被评为“不称职”的，按规定免职（列入预警）。被评为“基本称职”“不称职”的干部，按其得分最低的民主测评项目和反向测评中达到预警线的问题确定培训需求（缺什么补什么）。':
		'A cadre incompetent two years running is dismissed (an alert). For a cadre graded basically competent or incompetent, the lowest democratic aspects and the reverse-evaluation weaknesses at the alert line are its training needs.',
	'优秀和称职票占 {share}': 'excellent and competent votes {share}'
};
