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
	'领导班子分层次测评': 'Team evaluation by rater group'
};
