// Every chart of the site drawn on small fixed data, in Chinese and in English, against the markup
// saved in __snapshots__/ (as Observable Plot tests its own marks): a change to a chart, a label,
// a colour or Plot itself shows as a diff of these files. After a change that is meant, write them
// again with `npx vitest run -u src/lib/charts/goldens.test.ts` and review the diff. A chart
// drawn as a bare <svg> is saved as .svg (it opens as an image), a figure (title, legend) as .html.
import type { PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { translator, locale, type Lang, type T } from '../i18n/index.js';
import { agreementTrendOptions, type AgreementRow } from './agreement-trend.js';
import { bottomRankOptions, type BottomRankRow } from './bottom-rank.js';
import { cadreHistoryOptions, type CadreHistoryRow } from './cadre-history.js';
import { democraticMeansOptions, type DemocraticMeanRow } from './democratic-means.js';
import { gradeMixOptions, type GradeMixRow } from './grade-mix.js';
import { groupRankingOptions, type GroupRankingRow } from './group-ranking.js';
import { renderChart } from './render.js';
import { reverseTrendOptions, type ReverseTrendRow } from './reverse-trend.js';
import { rewardDistributionOptions, rewardTotalsOptions, type RewardUnitRow } from './reward-distribution.js';
import { satisfactionTrendOptions, type SatisfactionTrendRow } from './satisfaction-trend.js';
import { unanimityIntervalOptions } from './unanimity-interval.js';
import { unitHistoryOptions, type UnitHistoryRow } from './unit-history.js';

const YEARS = [2004, 2005, 2006];

const agreement: AgreementRow[] = YEARS.flatMap((year, i) => [
	{ year, group_id: 'D1', group_name: '综合部门组', category: 'department', units: 6, rho: 0.4 + i / 10, unanimous: 2 + i, unanimous_share: (2 + i) / 6, unanimous_low: (1 + i) / 8, unanimous_high: (4 + i) / 7 },
	{ year, group_id: 'T1', group_name: '街道组', category: 'township', units: 5, rho: i === 0 ? null : -0.2 + i / 5, unanimous: 1, unanimous_share: 0.2, unanimous_low: 0.04, unanimous_high: 0.62 }
]);

const bottomRanks: BottomRankRow[] = YEARS.flatMap((year, i) => [
	{ year, category: 'department', unit_id: 'd1', name: '区统计局', group_name: '综合部门组', target_score: 81 + i, bottom_rank: i === 2 ? 3 : 1, in_bottom_two: i < 2, pool_size: 6, bottom_two_size: 2 },
	{ year, category: 'department', unit_id: 'd2', name: '区档案馆', group_name: '综合部门组', target_score: 84, bottom_rank: 2, in_bottom_two: true, pool_size: 6, bottom_two_size: 2 },
	{ year, category: 'township', unit_id: 't1', name: '城东街道', group_name: '街道组', target_score: 79, bottom_rank: 1 + i, in_bottom_two: i < 2, pool_size: 5, bottom_two_size: 2 }
]);

const cadreHistory: CadreHistoryRow[] = [
	{ year: 2004, composite_score: 88.5, grade: 'competent', unit_name: '区统计局' },
	{ year: 2005, composite_score: 91.25, grade: 'excellent', unit_name: '区统计局' },
	{ year: 2006, composite_score: 76, grade: 'basically_competent', unit_name: '城东街道' }
];

const democraticMeans: DemocraticMeanRow[] = YEARS.flatMap((year, i) => [
	{ year, subject: 'team' as const, category: 'department', mean_score: 86 + i },
	{ year, subject: 'team' as const, category: 'township', mean_score: 84.5 - i },
	{ year, subject: 'cadre' as const, category: 'department', mean_score: 88 + i / 2 },
	{ year, subject: 'cadre' as const, category: 'township', mean_score: i === 1 ? null : 85 }
]);

const gradeMix: GradeMixRow[] = [
	{ year: 2005, category: 'department', grade: 'outstanding', units: 1 },
	{ year: 2005, category: 'department', grade: 'excellent', units: 2 },
	{ year: 2005, category: 'department', grade: 'qualified', units: 3 },
	{ year: 2005, category: 'township', grade: 'basically_qualified', units: 2 },
	{ year: 2005, category: 'township', grade: 'unqualified', units: 1 },
	{ year: 2006, category: 'department', grade: 'excellent', units: 3 },
	{ year: 2006, category: 'department', grade: 'qualified', units: 3 },
	{ year: 2006, category: 'township', grade: 'qualified', units: 3 }
];

const ranking: GroupRankingRow[] = [
	{ unit_id: 'd3', name: '区发展改革委', target_score: 96.5, composite_score: 94.1, rank_in_group: 1, grade: 'outstanding', vetoed: false },
	{ unit_id: 'd4', name: '区财政局', target_score: 93, composite_score: 91.2, rank_in_group: 2, grade: 'excellent', vetoed: false },
	{ unit_id: 'd2', name: '区档案馆', target_score: 88, composite_score: 87.9, rank_in_group: 3, grade: 'basically_qualified', vetoed: false },
	{ unit_id: 'd1', name: '区统计局', target_score: 91, composite_score: null, rank_in_group: 4, grade: 'unqualified', vetoed: true }
];

const reverse: ReverseTrendRow[] = YEARS.flatMap((year, i) => [
	{ year, subject: 'team' as const, aspect_id: 'unity', aspect_name: '团结协作不好', position: 1, subjects: 11, mean_share: 0.12 + i / 100, flagged: i },
	{ year, subject: 'team' as const, aspect_id: 'style', aspect_name: '工作作风不实', position: 2, subjects: 11, mean_share: 0.3 - i / 50, flagged: 1 },
	{ year, subject: 'cadre' as const, aspect_id: 'theory', aspect_name: '政策理论水平低', position: 1, subjects: 40, mean_share: 0.08, flagged: 0 }
]);

const rewardUnits: RewardUnitRow[] = [
	{ unit_id: 'd3', name: '区发展改革委', category: 'department', grade: 'outstanding', staff: 40, total_bonus: 155800 },
	{ unit_id: 'd4', name: '区财政局', category: 'department', grade: 'excellent', staff: 52, total_bonus: 175080.5 },
	{ unit_id: 'd2', name: '区档案馆', category: 'department', grade: 'qualified', staff: 12, total_bonus: 31680 },
	{ unit_id: 't1', name: '城东街道', category: 'township', grade: 'basically_qualified', staff: 80, total_bonus: 151680 },
	{ unit_id: 't2', name: '白石镇', category: 'township', grade: 'unqualified', staff: 35, total_bonus: 0 }
];

const satisfaction: SatisfactionTrendRow[] = YEARS.flatMap((year, i) => [
	{ year, subject: 'team' as const, category: 'department', total: 10, unanimous: 4 + i, rate: (4 + i) / 10 },
	{ year, subject: 'team' as const, category: 'township', total: 8, unanimous: 2 + i, rate: (2 + i) / 8 },
	{ year, subject: 'cadre' as const, category: null, total: 40, unanimous: 10 + i, rate: (10 + i) / 40 }
]);

const unitHistory: UnitHistoryRow[] = [
	{ year: 2004, target_score: 86.5, rank_in_group: 4, group_size: 6, grade: 'qualified', vetoed: false },
	{ year: 2006, target_score: 95, rank_in_group: 1, group_size: 6, grade: 'outstanding', vetoed: false }
];

/** Each chart of src/lib/charts/ as its page draws it, by the name of its golden files. */
const CHARTS: Record<string, (t: T, lang: Lang) => PlotOptions> = {
	'agreement-trend': (t) => agreementTrendOptions(agreement, t),
	'bottom-rank': (t) => bottomRankOptions(bottomRanks, 2005, t),
	'cadre-history': (t) => cadreHistoryOptions(cadreHistory, t),
	'democratic-means': (t) => democraticMeansOptions(democraticMeans, t),
	'grade-mix': (t) => gradeMixOptions(gradeMix, t),
	'group-ranking': (t, lang) => groupRankingOptions(ranking, { groupName: '综合部门组', qualifiedMin: 90, basicMin: 80, locale: locale(lang) }, t),
	'reverse-trend.team': (t) => reverseTrendOptions(reverse, 'team', t),
	'reverse-trend.cadre': (t) => reverseTrendOptions(reverse, 'cadre', t),
	'reward-distribution': (t) => rewardDistributionOptions(rewardUnits, 2006, t),
	'reward-totals': (t) => rewardTotalsOptions([{ year: 2005, total: 6_120_000 }, { year: 2006, total: 6_480_500.5 }], 2006, t),
	'satisfaction-trend': (t) => satisfactionTrendOptions(satisfaction, t),
	'unanimity-interval': (t) => unanimityIntervalOptions(agreement, t),
	'unit-history': (t) => unitHistoryOptions(unitHistory, YEARS, t)
};

/** One element a line, so that a change reads as a short diff; Plot's clip ids numbered per chart. */
function golden(html: string): string {
	const clips = new Map<string, string>();
	return (
		html
			.replace(/plot-clip-\d+/g, (id) => clips.get(id) ?? (clips.set(id, `plot-clip-${clips.size + 1}`), clips.get(id)!))
			.replace(/></g, '>\n<') + '\n'
	);
}

describe('chart goldens', () => {
	for (const [name, options] of Object.entries(CHARTS))
		for (const lang of ['zh', 'en'] as const)
			it(`draws ${name} in ${lang} as saved`, async () => {
				const html = renderChart(options(translator(lang), lang));
				expect(html).not.toMatch(/NaN|undefined/);
				const ext = html.startsWith('<svg') ? 'svg' : 'html';
				await expect(golden(html)).toMatchFileSnapshot(`__snapshots__/${name}.${lang}.${ext}`);
			});
});
