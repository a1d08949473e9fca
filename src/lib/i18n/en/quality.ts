// English for the 评议质量 page (src/routes/quality/), its parameters ($lib/quality/params), its
// charts (agreement-trend, unanimity-interval) and its audit action.
export const quality: Record<string, string> = {
	// page
	'评议质量': 'Appraisal quality',
	'数据仓库中还没有年度数据。': 'The warehouse holds no year yet.',
	'结果有多可信：每个接近分界的结果差多少就会改变，测评人数带来的不确定，以及可能失真的测评票。':
		'How far the results can be trusted: how little would change each result near a bound, the uncertainty that the number of raters brings, and ballots that may not be true.',
	'每条线索只是供分析员核查的提示，不是结论：须查阅原始测评材料、了解情况后再作判断。':
		'Every signal is a lead for the analyst, not a verdict: look at the original ballots and ask before judging.',
	'重新计算': 'Recompute',
	'差多少就会改变': 'How little would change the result',
	'按考核办法精确计算：只改动一行测评票（一个测评项目、一个测评层次）中若干张票一个等次，或目标分、PK 票，其余不变。列出票数差距不超过 {ballots} 张、分数差距不超过 {points} 分的结果，以及全部后两名和 PK 结果。':
		'Computed exactly by the rules: moving some ballots of one ballot row (one aspect, one rater group) by one grade, or changing the target score or the PK votes, all else unchanged. Listed: results within {ballots} ballots or {points} points, and every bottom-two and PK result.',
	'没有接近分界的结果。': 'No result is near a bound.',
	'民主测评档次': 'Democratic band',
	'综合得分档次（未计刚性限制）': 'Composite band (before the national limits)',
	'{n} 张票从{from}改为{to}（{where}）就升为{band}': '{n} {n|ballot|ballots} from {from} to {to} ({where}) would raise it to {band}',
	'{n} 张票从{from}改为{to}（{where}）就降为{band}': '{n} {n|ballot|ballots} from {from} to {to} ({where}) would lower it to {band}',
	'{aspect}，{group}': '{aspect}, {group}',
	'{cadre}（{unit}）': '{cadre} ({unit})',
	'{unit}领导班子': 'Leadership team of {unit}',
	'未列后两名': 'Not in the bottom two',
	'目标分差 {points} 分就脱离后 {size} 名': '{points} more target points would take it out of the bottom {size}',
	'目标分再低 {points} 分就列入后 {size} 名': '{points} target points less would put it in the bottom {size}',
	'少 {n} 票就落后于{rival}，不再是特优': '{n} {n|vote|votes} less would put it behind {rival}, no longer outstanding',
	'PK 差 {n} 票（须超过{rival}）': 'PK: {n} {n|vote|votes} short (to pass {rival})',
	'目标分再高 {points} 分就升为{grade}': '{points} more target points would raise it to {grade}',
	'目标分再低 {points} 分就降为{grade}': '{points} target points less would lower it to {grade}',
	// signals
	'失真线索': 'Signals of untrue ballots',
	'{n} 条': '{n} {n|finding|findings}',
	'{n} 条线索': '{n} {n|finding|findings}',
	'{n} 个': '{n}',
	'规则：': 'Rule: ',
	'本年度没有发现。': 'None found this year.',
	'人情票': 'Favour votes',
	'单位列后两名或被评为基本达标、不达标，其领导班子或干部的测评票中“好”“优秀”票的比例却达到满票线。':
		'The unit is in the bottom two or graded basically qualified or unqualified, yet the share of "good" or "excellent" ballots of its team or a cadre reaches the unanimity line.',
	'{top}/{ballots} 张票为{grade}；单位{reason}': '{top}/{ballots} ballots {grade}; the unit: {reason}',
	'列后两名（倒数第 {rank} 名，目标分 {score}）': 'in the bottom two (place {rank} from the bottom, target score {score})',
	'评分偏宽': 'Leniency',
	'单位领导班子和干部测评票中“好”“优秀”票的比例远高于本考核组其他单位：稳健 z 值 = 0.6745 ×（比例 − 组中位数）÷ 组绝对中位差，达到下限即列出；本组不足 3 个单位时不计算。':
		'The share of "good" and "excellent" ballots of the unit\'s team and cadres is far above the other units of its group: robust z = 0.6745 × (share − group median) ÷ median absolute deviation, listed at the threshold or above; not computed for a group of fewer than 3 units.',
	'“好”“优秀”票占 {share}，{group}中位数 {median}（{units} 个单位），稳健 z = {z}': '"good"/"excellent" {share}, median of {group} {median} ({units} units), robust z = {z}',
	'批量填票': 'Ballots filled in bulk',
	'单位所有干部、所有测评项目的测评票（同一测评层次内）完全相同，像是每位测评人对每名干部、每一项都打了同样的等次。':
		'Every ballot row of all the unit\'s cadres and aspects (within one rater group) is the same, as if each rater gave every cadre the same grade on every aspect.',
	'{cadres} 名干部、{rows} 行测评票均为 {counts}（优秀/称职/基本称职/不称职）': '{cadres} cadres, {rows} ballot rows all {counts} (excellent/competent/basically competent/incompetent)',
	'领导班子测评票也相同。': ' The team\'s ballots are the same too.',
	'分数突变': 'Score jumps',
	'领导班子或干部的民主测评得分与上一年相比变化超过突变分数。': 'A team\'s or cadre\'s democratic score moved by more than the jump points from the year before.',
	'民主测评得分 {previous} → {score}（{change} 分）': 'Democratic score {previous} → {score} ({change} points)',
	'数据仓库中没有上一年度的数据，无法比较。': 'The warehouse has no data of the year before: nothing to compare.',
	'层次分歧': 'Rater groups apart',
	'分层次测评时，不同测评层次（如区级领导与干部职工代表）对同一领导班子或干部的评分相差超过层次分差；测评人数少于下限的层次不单独列出（保护匿名）。':
		'With rater groups, two groups (such as district leaders and staff representatives) scored the same team or cadre more than the gap apart; a group with fewer raters than the minimum is not shown apart (anonymity).',
	'{high}（{highRaters} 人）{highScore} 分，{low}（{lowRaters} 人）{lowScore} 分，相差 {gap} 分': '{high} ({highRaters} raters) {highScore}, {low} ({lowRaters} raters) {lowScore}: {gap} points apart',
	'本年度考核办法没有分层次测评。': 'This year\'s rules have no rater groups.',
	'已核查（{by}，{at}）：{note}': 'Checked ({by}, {at}): {note}',
	'核查情况': 'What the check found',
	'标为已核查': 'Mark as checked',
	'更新': 'Update',
	'请选择要核查的线索。': 'Choose the signal to mark.',
	'请写明核查情况（500 字以内）。': 'Write what the check found (at most 500 characters).',
	// sampling
	'抽样误差': 'Sampling uncertainty',
	'共 {n} 个领导班子和干部，最少的由 {min} 人测评。不称职票比例的置信区间（z = {z}）包含考核办法的不称职线时，结果标为不确定：换一批同样的测评人，结果可能不同。':
		'{n} teams and cadres; the fewest raters behind one: {min}. When the interval (z = {z}) of the "incompetent" share holds the rules\' incompetent bound, the result is marked uncertain: other raters of the same kind might have decided otherwise.',
	'没有不确定的结果。': 'No result is uncertain.',
	'不确定': 'Uncertain',
	'{raters} 人测评，不称职票占 {share}，区间 {low}–{high} 含不称职线 {bound}': '{raters} raters, "incompetent" {share}, interval {low}–{high} holds the bound {bound}',
	// agreement
	'目标与测评的一致性': 'Agreement of targets and ballots',
	'报告指出评议“重过程、轻结果”、忽视对结果的综合分析：满票增加若不伴随目标考核与民主测评更一致，就难说评议更真实。':
		'The report finds the appraisal "heavy on process, light on results", neglecting the analysis of results: more unanimous ballots without closer agreement of targets and ballots hardly show a truer appraisal.',
	'{from} 至 {to} 年，各组平均满票率从 {u0} 变为 {u1}，平均等级相关系数从 {r0} 变为 {r1}。{verdict}':
		'From {from} to {to} the groups\' mean unanimous share went from {u0} to {u1}, their mean rank correlation from {r0} to {r1}. {verdict}',
	'满票率没有上升。': 'Unanimity did not rise.',
	'满票增加的同时，目标与测评也更一致。': 'Unanimity rose, and targets and ballots agreed more.',
	'满票增加，目标与测评却没有更一致：满票的上升不能说明评议更真实。': 'Unanimity rose, but targets and ballots did not agree more: the rise does not show a truer appraisal.',
	// charts
	'各考核组目标得分与班子民主测评得分的等级相关系数（1 为完全一致，0 为无关）': 'Rank correlation of target scores and team democratic scores in each group (1: the same order, 0: unrelated)',
	'目标与测评一致性折线图': 'Line chart of the agreement of targets and ballots',
	'等级相关系数': 'Rank correlation',
	'满票率及其置信区间': 'Unanimity and its interval',
	'各考核组领导班子“好”满票率，竖线为 Wilson 置信区间': 'Share of teams rated "good" unanimously in each group; bars: Wilson interval',
	'满票率置信区间图': 'Chart of unanimity with intervals',
	// parameters
	'满票线（好/优秀票所占比例）': 'Unanimity line (share of good/excellent)',
	'稳健 z 值下限': 'Robust z threshold',
	'突变分数（分）': 'Jump (points)',
	'层次分差（分）': 'Gap between rater groups (points)',
	'最少测评人数（匿名）': 'Fewest raters shown (anonymity)',
	'置信区间 z 值（1.96 即 95%）': 'Interval z (1.96: 95%)',
	'列出的票数差距上限（张）': 'List margins up to (ballots)',
	'列出的分数差距上限（分）': 'List margins up to (points)',
	// audit log
	'核查评议质量线索': 'Appraisal quality signal checked'
};
