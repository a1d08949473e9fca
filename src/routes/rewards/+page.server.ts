// Rewards (奖励分配) of one year (?year=, default the latest): the total bonus of every unit as a
// chart coloured by grade, totals by grade and by group with the per-capita bonus, the total over
// the years, and a what-if (假设测算, ?standard= 人均每分奖励标准, ?basic_rate= 基本达标比例) that
// recomputes rule 10 in DuckDB from the stored target scores, staff and grades with the user's
// values (queries/site/rewards_whatif*.sql, bound parameters, exact decimals), next to the stored
// totals. Reads only: nothing stored changes.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { query } from '$lib/warehouse/queries';
import { renderChart } from '$lib/charts/render';
import { CATEGORY_LABELS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER } from '$lib/labels';
import { rewardDistributionOptions, rewardTotalsOptions } from '$lib/charts/reward-distribution';

/** One row of queries/site/rewards_years.sql. */
export interface RewardYearRow {
	year: number;
	policy_id: string;
	standard: string; // exact decimal text
	basic_rate: string;
	units: number;
	staff: number;
	total_text: string;
	total: number;
}

/** One row of queries/site/rewards_units.sql. */
export interface RewardUnitRow {
	unit_id: string;
	name: string;
	category: string;
	group_id: string;
	group_name: string;
	grade: string;
	staff: number;
	target_score: number;
	rate: number;
	base_bonus: number;
	extra_bonus: number;
	total_bonus: number;
	per_capita: number | null;
}

/** One row of queries/site/rewards_totals.sql. */
interface TotalRow {
	kind: 'grade' | 'group' | 'all';
	grade: string | null;
	category: string | null;
	group_id: string | null;
	group_name: string | null;
	units: number;
	staff: number;
	base_text: string;
	extra_text: string;
	total_text: string;
	total: number;
	per_capita: number | null;
}

/** One row of queries/site/rewards_whatif.sql (money as exact decimal text). */
interface WhatIfUnitRow {
	unit_id: string;
	name: string;
	category: string;
	grade: string;
	staff: number;
	target_score: number;
	stored_base: string;
	stored_total: string;
	whatif_base: string;
	whatif_extra: string;
	whatif_total: string;
	diff: string;
}

/** One row of queries/site/rewards_whatif_totals.sql (grade null: the whole year). */
interface WhatIfTotalRow {
	grade: string | null;
	units: number;
	stored_base: string;
	stored_total: string;
	whatif_base: string;
	whatif_extra: string;
	whatif_total: string;
	diff: string;
}

const count = new Intl.NumberFormat('zh-CN');
const money2 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const money0 = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
/** Yuan of a rounded amount: cents only when there are some ("2,808.40", "2,847"). */
const money = { format: (v: number) => (Math.round(v * 100) % 100 === 0 ? money0 : money2).format(v) };
const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Exact decimal text (as DuckDB prints a DECIMAL) → yuan with thousands separators, e.g.
 * "24460406.80" → "24,460,406.80 元"; whole yuan without a fraction ("910000.00" → "910,000 元").
 */
function yuan(text: string): string {
	const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text.trim());
	if (!m) return `${text} 元`;
	const [, sign, int, frac = ''] = m;
	const f = /^0*$/.test(frac) ? '' : frac.padEnd(2, '0');
	return `${sign}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${f ? `.${f}` : ''} 元`;
}
/** A signed difference in yuan: "+1,234 元", "−56.5 元", "0 元". */
function signedYuan(text: string): string {
	const y = yuan(text.replace(/^-/, ''));
	if (/^0+(\.0*)?$/.test(text.replace(/^-/, ''))) return '0 元';
	return text.startsWith('-') ? `−${y}` : `+${y}`;
}
const wanYuan = (v: number) => `${wan.format(v / 10000)} 万元`;
const perCapita = (v: number | null) => (v === null ? '—' : `${money.format(v)} 元`);
const gradeLabel = (g: string | null) => (g === null ? '合计' : ((UNIT_GRADE_LABELS as Record<string, string>)[g] ?? g));
const gradeRank = (g: string | null) => {
	const i = (UNIT_GRADE_ORDER as readonly string[]).indexOf(g ?? '');
	return g === null ? 99 : i === -1 ? 98 : i;
};

// A what-if input: a plain decimal number ≥ 0 (digits, at most one point; at most 12 digits each
// side, what DECIMAL(38,12) holds exactly).
const DECIMAL = /^(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})$/;

function checkInput(raw: string, label: string, max?: number): { value: string | null; error: string | null } {
	const v = raw.trim().replace(/^\+/, '');
	if (v === '') return { value: null, error: `请填写${label}。` };
	if (v.startsWith('-') && !Number.isNaN(Number(v))) return { value: null, error: `${label}不能为负数（填写了 ${raw}）。` };
	if (!DECIMAL.test(v))
		return { value: null, error: `${label}须为不小于 0 的数字，如 30 或 0.8（最多 12 位整数、12 位小数），填写的“${raw}”不是。` };
	if (max !== undefined && Number(v) > max) return { value: null, error: `${label}不能大于 ${max}（填写了 ${raw}）。` };
	return { value: v.startsWith('.') ? `0${v}` : v, error: null };
}

export const load: PageServerLoad = async ({ url }) => {
	const wh = await siteWarehouse();
	const years = await wh.all<RewardYearRow>(query('site/rewards_years'));
	if (years.length === 0) return { empty: true as const };

	// The year: ?year= if the warehouse has rewards for it, else the latest (and say so).
	const latest = years.at(-1)!;
	const yearParam = url.searchParams.get('year');
	let yearNote: string | null = null;
	let current = latest;
	if (yearParam !== null && yearParam.trim() !== '') {
		const found = /^\d{1,6}$/.test(yearParam.trim()) ? years.find((y) => y.year === Number(yearParam.trim())) : undefined;
		if (found) current = found;
		else yearNote = `数据仓库中没有“${yearParam}”年度的奖励数据，下面显示最近的 ${latest.year} 年度。`;
	}
	const year = current.year;

	const [units, totals] = await Promise.all([
		wh.all<RewardUnitRow>(query('site/rewards_units'), { year }),
		wh.all<TotalRow>(query('site/rewards_totals'), { year })
	]);
	const all = totals.find((t) => t.kind === 'all');

	// What-if: the user's values, defaulting to the year's policy values.
	const standardRaw = url.searchParams.get('standard') ?? current.standard;
	const basicRaw = url.searchParams.get('basic_rate') ?? current.basic_rate;
	const standard = checkInput(standardRaw, '人均每分奖励标准');
	const basic = checkInput(basicRaw, '基本达标比例', 1);
	const errors = [standard.error, basic.error].filter((e): e is string => e !== null);
	let whatIf = null;
	if (errors.length === 0) {
		const params = { year, standard: standard.value!, basic_rate: basic.value! };
		const [wUnits, wTotals] = await Promise.all([
			wh.all<WhatIfUnitRow>(query('site/rewards_whatif'), params),
			wh.all<WhatIfTotalRow>(query('site/rewards_whatif_totals'), params)
		]);
		const isPolicy = Number(standard.value) === Number(current.standard) && Number(basic.value) === Number(current.basic_rate);
		const fmt = <T extends WhatIfTotalRow | WhatIfUnitRow>(r: T) => ({
			stored_base: yuan(r.stored_base),
			stored_total: yuan(r.stored_total),
			whatif_base: yuan(r.whatif_base),
			whatif_extra: yuan(r.whatif_extra),
			whatif_total: yuan(r.whatif_total),
			diff: signedYuan(r.diff),
			changed: !/^-?0+(\.0*)?$/.test(r.diff)
		});
		whatIf = {
			standard: standard.value!,
			basicRate: basic.value!,
			isPolicy,
			totals: wTotals
				.sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade))
				.map((r) => ({ grade: r.grade, label: gradeLabel(r.grade), units: count.format(r.units), ...fmt(r) })),
			units: wUnits.map((r) => ({
				unit_id: r.unit_id,
				name: r.name,
				grade: r.grade,
				label: gradeLabel(r.grade),
				staff: count.format(r.staff),
				target: r.target_score.toFixed(2),
				...fmt(r)
			}))
		};
	}

	const line = (t: TotalRow) => ({
		units: count.format(t.units),
		staff: count.format(t.staff),
		base: yuan(t.base_text),
		extra: yuan(t.extra_text),
		total: yuan(t.total_text),
		totalWan: wanYuan(t.total),
		perCapita: perCapita(t.per_capita)
	});

	return {
		empty: false as const,
		year,
		yearNote,
		years: years.map((y) => y.year),
		policy: { id: current.policy_id, standard: current.standard, basicRate: current.basic_rate },
		summary: all
			? { ...line(all), exact: all.total_text }
			: null,
		byGrade: totals
			.filter((t) => t.kind === 'grade')
			.sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade))
			.map((t) => ({ grade: t.grade!, label: gradeLabel(t.grade), ...line(t) })),
		byGroup: totals
			.filter((t) => t.kind === 'group')
			.map((t) => ({ group_id: t.group_id!, name: t.group_name ?? t.group_id!, category: CATEGORY_LABELS[t.category ?? ''] ?? t.category ?? '', ...line(t) })),
		units: units.map((u) => ({
			unit_id: u.unit_id,
			name: u.name,
			group: u.group_name,
			grade: u.grade,
			label: gradeLabel(u.grade),
			staff: count.format(u.staff),
			target: u.target_score.toFixed(2),
			base: `${money.format(u.base_bonus)} 元`,
			extra: `${money.format(u.extra_bonus)} 元`,
			total: `${money.format(u.total_bonus)} 元`,
			perCapita: perCapita(u.per_capita)
		})),
		// For the interactive charts in the browser.
		chartUnits: units.map((u) => ({ unit_id: u.unit_id, name: u.name, category: u.category, grade: u.grade, staff: u.staff, total_bonus: u.total_bonus })),
		chartYears: years.map((y) => ({ year: y.year, total: y.total })),
		distributionChart: units.length > 0 ? renderChart(rewardDistributionOptions(units, year)) : null,
		yearsChart: renderChart(rewardTotalsOptions(years, year)),
		whatIfInput: { standard: standardRaw, basicRate: basicRaw },
		whatIfErrors: errors,
		whatIf
	};
};
