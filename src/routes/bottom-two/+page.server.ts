// Bottom-two detection (连续两年后两名) for one year (?year=, default the latest): the chart of every
// pool unit's rank from the bottom over all years (units ever in the bottom two), the alerts (预警)
// of every kind for the year with the cadre concerned, and the rule as the year's stored policy
// states it (bottom_two_size, the exempt groups), in the reader's language. The chart is drawn
// here; its history (every year of every such unit) is not sent with the page: the browser's
// interactive copy fetches it as Arrow from /data/bottom_two_history.
import type { PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import { chosenYear } from '$lib/server/year';
import { chartMarkup } from '$lib/charts/render';
import { bottomRankOptions, type BottomRankRow } from '$lib/charts/bottom-rank';
import { CATEGORY_LABELS } from '$lib/labels';
import { translator, type Lang, type T } from '$lib/i18n';
import { cachedPage } from '$lib/server/page-cache';
import type { QueryRow } from '$lib/warehouse/typed';
import { marksOfYear } from '$lib/server/quality-marks';
import { markKey, type QualityMark } from '$lib/quality/marks';

/** One row of queries/site/bottom-two/alerts.sql. */
export type AlertRow = QueryRow<'site/bottom-two/alerts'>;

type PolicyGroupRow = QueryRow<'site/bottom-two/policy'>;

/** A unit in the bottom two of its pool in the year shown. */
export interface BottomNowUnit {
	unit_id: string;
	name: string;
	category: string;
	bottom_rank: number;
	target_score: number | null;
}

/** The bottom-two rule of one year, from its stored policy. */
export interface BottomTwoRule {
	policyId: string;
	policyName: string;
	size: number;
	/** Per category (its code): the groups in the pool and the exempt groups. */
	pools: { category: string; groups: string[]; exempt: string[] }[];
	/** The rule in one sentence, e.g. “区级部门（不含中央、市在黔单位组）和街道镇乡连续两年列后两名（后 2 名）的，主要领导给予职务调整”. */
	sentence: string;
}

const CHINESE_NUMBERS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A list in the reader's language: “甲、乙” (or “甲和乙” with `and`) in Chinese, “A, B and C” in English. */
function joinList(items: string[], lang: Lang, and = false): string {
	if (lang === 'zh') return items.join(and ? '和' : '、');
	return new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
}

function bottomTwoRule(rows: PolicyGroupRow[], t: T, lang: Lang): BottomTwoRule | null {
	const first = rows[0];
	if (!first) return null;
	const pools = new Map<string, BottomTwoRule['pools'][number]>();
	for (const r of rows) {
		let p = pools.get(r.category);
		if (!p) pools.set(r.category, (p = { category: r.category, groups: [], exempt: [] }));
		(r.bottom_two_exempt ? p.exempt : p.groups).push(r.group_name);
	}
	const list = [...pools.values()];
	const subjects = list
		.filter((p) => p.groups.length > 0)
		.map((p) => {
			const category = t(CATEGORY_LABELS[p.category] ?? p.category);
			return p.exempt.length > 0 ? t('{category}（不含{groups}）', { category, groups: joinList(p.exempt, lang) }) : category;
		});
	const size = first.bottom_two_size;
	const sizeWord = CHINESE_NUMBERS[size] ? t(CHINESE_NUMBERS[size]) : String(size);
	const sentence =
		subjects.length === 0
			? t('本年度所有考核组均不参加后两名排位。')
			: t('{subjects}连续两年列后{sizeWord}名（后 {size} 名）的，主要领导给予职务调整。', {
					subjects: joinList(subjects, lang, true),
					sizeWord,
					size
				});
	return { policyId: first.policy_id, policyName: first.policy_name, size, pools: list, sentence };
}

export const load: PageServerLoad = (event) =>
	cachedPage(event, async ({ url, locals }) => {
		const t = translator(locals.lang);
		const wh = await siteWarehouse();
		const years = (await wh.rows('site/years')).map((y) => y.year);
		const year = chosenYear(url.searchParams.get('year'), years);
		if (year === undefined) return { years, year: null, rule: null, alerts: [] as AlertRow[], bottomNow: [] as BottomNowUnit[], chart: null, runUnits: 0, hasPrevYear: false, marks: {} as Record<string, QualityMark[]> };

		const [history, alerts, policyRows] = await Promise.all([
			wh.rows('site/bottom-two/history'),
			wh.rows('site/bottom-two/alerts', { year }),
			wh.rows('site/bottom-two/policy', { year })
		]);
		const bottomNow = history
			.filter((h) => h.year === year && h.in_bottom_two)
			.sort((a, b) => a.bottom_rank - b.bottom_rank)
			.map(({ unit_id, name, category, bottom_rank, target_score }): BottomNowUnit => ({ unit_id, name, category, bottom_rank, target_score: target_score ?? null }));
		// 评议质量's marks beside each result shown: the bottom units' and the alerts' teams and cadres
		const shown = [
			...bottomNow.map((u) => markKey('team', u.unit_id)),
			...alerts.map((a) => (a.cadre_id === null ? markKey('team', a.unit_id) : markKey('cadre', a.cadre_id)))
		];
		// (one lookup of the year's stored marks for all of them)
		const ofYear = await marksOfYear(wh, year);
		const marks: Record<string, QualityMark[]> = Object.fromEntries(shown.flatMap((key) => (ofYear[key] ? [[key, ofYear[key]!]] : [])));
		return {
			years,
			year,
			hasPrevYear: years.includes(year - 1),
			rule: bottomTwoRule(policyRows, t, locals.lang),
			alerts,
			// This year's bottom two of each pool; the whole history stays on the server (see above).
			bottomNow,
			marks,
			runUnits: new Set(history.map((h) => h.unit_id)).size,
			chart: history.length > 0 ? chartMarkup(bottomRankOptions(history, year, t)) : null
		};
	});
