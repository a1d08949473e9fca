// Rewards (奖励分配) of one year (?year=, default the latest; a year without rewards falls back to
// the latest, with a note): the total bonus of every unit as a chart coloured by grade, totals by
// grade and by group with the per-capita bonus, the total over the years, and a what-if (假设测算,
// ?standard= 人均每分奖励标准, ?basic_rate= 基本达标比例) that recomputes rule 10 in DuckDB from the
// stored target scores, staff and grades with the user's values (queries/site/rewards/whatif*.sql,
// bound parameters, exact decimals), next to the stored totals. Reads only: nothing stored changes.
// Amounts and sentences are made here in the reader's language (元 / yuan).
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chartMarkup } from '$lib/charts/render';
import { formats, numberFormat } from '$lib/format';
import { locale, translator, type T } from '$lib/i18n';
import { CATEGORY_LABELS, UNIT_GRADE_LABELS, UNIT_GRADE_ORDER } from '$lib/labels';
import { rewardChartData, rewardChartOptions, rewardTotalsOptions } from '$lib/charts/reward-distribution';
import { cached, cachedPage } from '$lib/server/page-cache';
import { REWARD_ROWS, pageAsked, pageRows, paging } from '$lib/server/paging';
import { applyView, readView } from '$lib/tables/view';
import { REWARD_TABLE, REWARD_VIEW } from '$lib/tables/rewards';
import type { QueryRow } from '$lib/warehouse/typed';

/** One row of queries/site/rewards/years.sql. */
export type RewardYearRow = QueryRow<'site/rewards/years'>;

/** One row of queries/site/rewards/units.sql. */
export type RewardUnitRow = QueryRow<'site/rewards/units'>;

/** What a line of totals reads of rewards/by_grade.sql, by_group.sql or years.sql (money as exact text). */
type TotalRow = Pick<
	QueryRow<'site/rewards/by_grade'> | QueryRow<'site/rewards/by_group'> | QueryRow<'site/rewards/years'>,
	'units' | 'staff' | 'base_text' | 'extra_text' | 'total_text' | 'per_capita'
>;

/** One row of queries/site/rewards/whatif.sql (money as exact decimal text). */
type WhatIfUnitRow = QueryRow<'site/rewards/whatif'>;

/** One row of queries/site/rewards/whatif_totals.sql (grade null: the whole year). */
type WhatIfTotalRow = QueryRow<'site/rewards/whatif_totals'>;

/**
 * The total in round figures, under the exact one: "2,494.0 万元" in Chinese, "24.9 million yuan" in
 * English (whole yuan would only repeat the exact amount).
 */
function roundedTotal(yuan: number, tag: string, t: T): string {
	if (tag.startsWith('zh')) return formats(tag).money(yuan);
	const compact = numberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
	return t('{amount} 元', { amount: compact.format(yuan) });
}

// A what-if input: a plain decimal number ≥ 0 (digits, at most one point; at most 12 digits each
// side, what DECIMAL(38,12) holds exactly).
const DECIMAL = /^(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})$/;

function checkInput(raw: string, label: string, t: T, max?: number): { value: string | null; error: string | null } {
	const v = raw.trim().replace(/^\+/, '');
	if (v === '') return { value: null, error: t('请填写{label}。', { label }) };
	if (v.startsWith('-') && !Number.isNaN(Number(v))) return { value: null, error: t('{label}不能为负数（填写了 {raw}）。', { label, raw }) };
	if (!DECIMAL.test(v))
		return { value: null, error: t('{label}须为不小于 0 的数字，如 30 或 0.8（最多 12 位整数、12 位小数），填写的“{raw}”不是。', { label, raw }) };
	if (max !== undefined && Number(v) > max) return { value: null, error: t('{label}不能大于 {max}（填写了 {raw}）。', { label, max, raw }) };
	return { value: v.startsWith('.') ? `0${v}` : v, error: null };
}

export const load: PageServerLoad = (event) =>
	cachedPage(event, async ({ url, locals }) => {
		const t = translator(locals.lang);
		const tag = locale(locals.lang);
		const f = formats(tag);
		const gradeLabel = (g: string | null) => {
			if (g === null) return t('合计');
			const zh = (UNIT_GRADE_LABELS as Record<string, string>)[g];
			return zh ? t(zh) : g;
		};
		const gradeRank = (g: string | null) => {
			const i = (UNIT_GRADE_ORDER as readonly string[]).indexOf(g ?? '');
			return g === null ? 99 : i === -1 ? 98 : i;
		};

		const wh = await siteWarehouse();
		const years = await wh.rows('site/rewards/years');
		if (years.length === 0) return { empty: true as const };

		// The year: ?year= if the warehouse has rewards for it, else the latest (and say so).
		const latest = years.at(-1)!;
		const yearParam = url.searchParams.get('year');
		let yearNote: string | null = null;
		let current = latest;
		if (yearParam !== null && yearParam.trim() !== '') {
			const found = /^\d{1,6}$/.test(yearParam.trim()) ? years.find((y) => y.year === Number(yearParam.trim())) : undefined;
			if (found) current = found;
			else yearNote = t('数据仓库中没有“{year}”年度的奖励数据，下面显示最近的 {latest} 年度。', { year: yearParam, latest: latest.year });
		}
		const year = current.year;

		const [units, byGrade, byGroup] = await Promise.all([
			// one query per year, whatever the view (sorted and filtered below)
			cached(`rewards-units|${year}`, () => wh.rows('site/rewards/units', { year })),
			wh.rows('site/rewards/by_grade', { year }),
			wh.rows('site/rewards/by_group', { year })
		]);

		// The unit tables (stored and what-if) a page at a time; the charts and totals cover every unit
		// (many units binned, in the markup and in the page data alike). The stored table in the
		// reader's order and filters, before paging (tens of thousands at 100×).
		const chart = rewardChartData(
			units.map((u) => ({ unit_id: u.unit_id, name: u.name, category: u.category, grade: u.grade, staff: u.staff, total_bonus: u.total_bonus }))
		);
		const viewed = applyView(units, REWARD_VIEW, readView(url.searchParams, REWARD_TABLE, REWARD_VIEW));
		const asked = pageAsked(url.searchParams.get('page'));
		const pages = paging(asked, viewed.length, REWARD_ROWS);
		const whatIfPages = paging(asked, units.length, REWARD_ROWS);

		// What-if: the user's values, defaulting to the year's policy values.
		const standardRaw = url.searchParams.get('standard') ?? current.standard;
		const basicRaw = url.searchParams.get('basic_rate') ?? current.basic_rate;
		const standard = checkInput(standardRaw, t('人均每分奖励标准'), t);
		const basic = checkInput(basicRaw, t('基本达标比例'), t, 1);
		const errors = [standard.error, basic.error].filter((e): e is string => e !== null);
		let whatIf = null;
		if (errors.length === 0) {
			const params = { year, standard: standard.value!, basic_rate: basic.value! };
			const [wUnits, wTotals] = await Promise.all([
				wh.rows('site/rewards/whatif', params),
				wh.rows('site/rewards/whatif_totals', params)
			]);
			const isPolicy = Number(standard.value) === Number(current.standard) && Number(basic.value) === Number(current.basic_rate);
			const fmt = <R extends WhatIfTotalRow | WhatIfUnitRow>(r: R) => ({
				stored_base: f.yuanText(r.stored_base),
				stored_total: f.yuanText(r.stored_total),
				whatif_base: f.yuanText(r.whatif_base),
				whatif_extra: f.yuanText(r.whatif_extra),
				whatif_total: f.yuanText(r.whatif_total),
				diff: f.signedYuanText(r.diff),
				changed: !/^-?0+(\.0*)?$/.test(r.diff)
			});
			whatIf = {
				standard: standard.value!,
				basicRate: basic.value!,
				isPolicy,
				totals: wTotals
					.sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade))
					.map((r) => ({ grade: r.grade, label: gradeLabel(r.grade), units: f.count(r.units), ...fmt(r) })),
				units: pageRows(wUnits, whatIfPages.page, REWARD_ROWS).map((r) => ({
					unit_id: r.unit_id,
					name: r.name,
					grade: r.grade,
					label: gradeLabel(r.grade),
					staff: f.count(r.staff),
					target: f.score(r.target_score),
					...fmt(r)
				}))
			};
		}

		const line = (r: TotalRow) => ({
			// the numbers behind the texts, which the tables sort by
			n: { units: r.units, staff: r.staff, base: Number(r.base_text), extra: Number(r.extra_text), total: Number(r.total_text), perCapita: r.per_capita },
			units: f.count(r.units),
			staff: f.count(r.staff),
			base: f.yuanText(r.base_text),
			extra: f.yuanText(r.extra_text),
			total: f.yuanText(r.total_text),
			perCapita: f.yuan(r.per_capita)
		});

		return {
			empty: false as const,
			year,
			yearNote,
			years: years.map((y) => y.year),
			policy: { id: current.policy_id, standard: current.standard, basicRate: current.basic_rate },
			summary: { ...line(current), totalRounded: roundedTotal(current.total, tag, t) },
			byGrade: byGrade.sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade)).map((r) => ({ grade: r.grade, label: gradeLabel(r.grade), ...line(r) })),
			byGroup: byGroup.map((r) => ({
				group_id: r.group_id,
				name: r.group_name ?? r.group_id,
				category: CATEGORY_LABELS[r.category] ? t(CATEGORY_LABELS[r.category]!) : r.category,
				...line(r)
			})),
			unitCount: units.length,
			shownCount: viewed.length,
			paging: pages,
			whatIfPaging: whatIfPages,
			units: pageRows(viewed, pages.page, REWARD_ROWS).map((u) => ({
				unit_id: u.unit_id,
				name: u.name,
				group: u.group_name,
				group_id: u.group_id,
				grade: u.grade,
				label: gradeLabel(u.grade),
				staff: f.count(u.staff),
				target: f.score(u.target_score),
				base: f.yuan(u.base_bonus),
				extra: f.yuan(u.extra_bonus),
				total: f.yuan(u.total_bonus),
				perCapita: f.yuan(u.per_capita)
			})),
			// The years as a table under their chart.
			yearLines: years.map((y) => ({ year: y.year, n: { units: y.units, staff: y.staff, total: y.total }, units: f.count(y.units), staff: f.count(y.staff), total: f.yuanText(y.total_text) })),
			// For the interactive charts in the browser.
			chart,
			chartYears: years.map((y) => ({ year: y.year, total: y.total })),
			distributionChart: units.length > 0 ? chartMarkup(rewardChartOptions(chart, year, t)) : null,
			yearsChart: chartMarkup(rewardTotalsOptions(years, year, t)),
			whatIfInput: { standard: standardRaw, basicRate: basicRaw },
			whatIfErrors: errors,
			whatIf
		};
	});
