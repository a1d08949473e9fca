// English for the page 结果运用 (src/routes/use): the action kinds, page parameters and outcomes
// of src/lib/use/, the rules and figures of each action, the training plan and rectification.
export const use: Record<string, string> = {
	'结果运用': 'Use of results',
	'按 {year} 年度考核结果应当落实的干部调整、奖励、培训和整改事项，每项附所依据的规则和数据。':
		"What {year}'s results call for in posts, honours, training and rectification, each with the rule and the figures it rests on.",
	'本页参数': 'Parameters of this page',
	'重新计算': 'Recompute',
	'干部调整与奖励': 'Personnel actions and honours',
	'本年度没有。': 'None this year.',
	// action kinds
	'职务调整（连续两年列后两名的主要领导）': 'Reassignment (principal leaders of units in the bottom two twice)',
	'职务调整（连续两年基本称职）': 'Reassignment (basically competent two years running)',
	'降职（不称职）': 'Demotion (incompetent)',
	'免职（连续两年不称职）': 'Dismissal (incompetent two years running)',
	'转岗、改非线索': 'Leads for transfer or a non-leading post',
	'提拔、进入后备干部库线索': 'Leads for promotion and the reserve pool',
	'市级综合先进优先推荐（好班子）': 'First for municipal honours (good teams)',
	'市级综合先进优先推荐（优秀干部）': 'First for municipal honours (excellent cadres)',
	'上级调训优先推荐（优秀优先）': 'First for training above (excellent first)',
	'缺什么补什么培训': 'Training for what is lacking',
	'反馈与整改': 'Feedback and rectification',
	// page parameters
	'提拔意向票比例不低于': 'Promotion intent share at least',
	'改非、降职意向票比例合计不低于': 'Non-leading-post and demotion intents together at least',
	'反向测评达到预警线的项目不少于': 'Flagged reverse aspects at least',
	'市级综合先进推荐人选（个）': 'Candidates for municipal honours',
	'上级调训推荐人选（名）': 'Candidates for training above',
	// outcomes and the form
	'已办理': 'Done',
	'已谈话': 'Talked to',
	'已培训': 'Trained',
	'未采纳': 'Not taken',
	'（{by} 记录）': ' (recorded by {by})',
	'未记录': 'Not recorded',
	'没有记录的结果运用决定。': 'No decision on the use of results has been recorded.',
	'修改记录': 'Change the record',
	'记录落实情况': 'Record what was done',
	'落实情况': 'What was done',
	'日期': 'Date',
	'整改措施': 'Rectification measures',
	'理由': 'Reason',
	// rules
	'连续两年列本类别后 {size} 名的单位，主要领导给予职务调整（考核办法）。':
		'The principal leaders of a unit in the bottom {size} of its category two years running are reassigned (policy).',
	'连续两年被评为“基本称职”的，给予职务调整。': 'A cadre graded basically competent two years running is reassigned.',
	'被评为“不称职”的，降职使用。': 'A cadre graded incompetent is demoted.',
	'连续两年被评为“不称职”的，予以免职。': 'A cadre graded incompetent two years running is dismissed.',
	'本年度考核办法没有规定诫勉谈话的票数比例。': "This year's policy sets no vote share for an admonition talk.",
	'优秀和称职票合计低于 {limit} 的，进行诫勉谈话（考核办法）。':
		'A cadre whose excellent and competent votes are below {limit} is given an admonition talk (policy).',
	'改非和降职意向票合计达到 {share}，或反向测评有不少于 {n} 项达到预警线的，列为转岗、改非线索（本页参数）。':
		'Non-leading-post and demotion intents together reaching {share}, or at least {n} flagged reverse aspects, make a lead for transfer (page parameters).',
	'被评为“优秀”的班子成员，提拔意向票达到 {share} 的，列为提拔、进入后备干部库线索（本页参数）。':
		'An excellent team member whose promotion intent reaches {share} is a lead for promotion and the reserve pool (page parameter).',
	'民主测评为“好”的班子按综合得分排序，前 {n} 个优先推荐市级综合先进（本页参数）。':
		'Teams rated good, by composite score: the first {n} go first for municipal honours (page parameter).',
	'被评为“优秀”的干部按综合得分排序，前 {n} 名优先推荐市级综合先进（本页参数）。':
		'Excellent cadres, by composite score: the first {n} go first for municipal honours (page parameter).',
	'“优秀”干部优先、其次“称职”，各按综合得分排序，前 {n} 名优先推荐参加上级调训（本页参数）。':
		'Excellent cadres first, then competent, each by composite score: the first {n} go first for training above (page parameter).',
	// figures
	'{year} 年{grade}，不称职票占 {share}': '{year}: {grade}, incompetent votes {share}',
	'优秀和称职票占 {share}，低于 {limit}': 'excellent and competent votes {share}, below {limit}',
	'改非意向 {a}，降职意向 {b}；反向测评预警 {n} 项{aspects}': 'non-leading post {a}, demotion {b}; {n} flagged aspects{aspects}',
	'（{list}）': ' ({list})',
	'提拔意向 {share}，综合得分 {score}': 'promotion intent {share}, composite {score}',
	'班子民主测评“{band}”，综合得分 {score}，等次{grade}': 'team rated {band}, composite {score}, grade {grade}',
	'{grade}，综合得分 {score}': '{grade}, composite {score}',
	// last year's decisions
	'{prev} 年度决定的落实结果': 'What came of the decisions of {prev}',
	'{prev} 年度没有记录的决定。': 'No decision was recorded for {prev}.',
	'事项': 'Action',
	'{prev} 年度记录': 'Recorded for {prev}',
	'{year} 年度情况': 'In {year}',
	'等次：{grade}': 'grade: {grade}',
	'；预警：{alerts}': '; alerts: {alerts}',
	'本年度不在考核范围内': 'not assessed this year',
	// training plan
	'缺什么补什么：培训计划': 'Training plan: what is lacking',
	'被评为“基本称职”“不称职”的干部，按民主测评得分最低的项目和反向测评达到预警线的项目安排培训。':
		'Cadres graded basically competent or incompetent are trained in their lowest democratic aspects and their flagged reverse aspects.',
	'本年度没有培训需求。': 'No training needs this year.',
	'（{source}，{n} 人）': ' ({source}, {n})',
	'累计年数': 'Years',
	'勾选比例 {share}': 'ticked by {share}',
	'得分 {score}': 'score {score}',
	'{n} 年': '{n} yr',
	'（此前：{years}）': ' (before: {years})',
	'培训后再次出现': 'came back after training',
	// rectification
	'向各班子反馈评语和反向测评达到预警线的问题，记录整改措施；下一年度对照同一问题是否再次预警。':
		"Each team is told its comments and flagged weaknesses and its measures are recorded; next year shows whether the same weakness was flagged again.",
	'本年度没有需要反馈的问题。': 'No problems to report this year.',
	'上年整改': "Last year's rectification",
	'反向测评预警：{list}': 'flagged: {list}',
	'评语：{text}': 'comment: {text}',
	'再次预警：{list}': 'flagged again: {list}',
	'上年预警问题本年未再出现': "last year's flagged weaknesses did not come back"
};
