// What the dossiers show of the second edition (CONTRACT.md, "Second edition"): the democratic
// score by rater group (分层次测评) as tables of aspects × groups per year, the committee's
// comments (评语), and for a cadre the national limit that changed its suggested grade, in words
// ("不称职票 35.2% ≥ 33.34% → 不称职"), and its training needs (缺什么补什么).
import type { Warehouse } from '../warehouse/db.js';
import { CADRE_GRADES, TEAM_BANDS } from '../labels.js';
import type { T } from '../i18n/index.js';

/** One year's scores by rater group: a line per aspect, a cell per group present, and s(a). */
export interface LayerTable {
	year: number;
	groups: { name: string; weight: number }[];
	lines: { aspect: string; score: number; byGroup: Record<string, number> }[];
}

export async function layerTables(wh: Warehouse, subject: 'team' | 'cadre', id: string): Promise<LayerTable[]> {
	const rows = await wh.rows('site/dossier/democratic_layers', { subject, id });
	const years = new Map<number, LayerTable>();
	for (const r of rows) {
		let y = years.get(r.year);
		if (!y) years.set(r.year, (y = { year: r.year, groups: [], lines: [] }));
		let line = y.lines.find((l) => l.aspect === r.aspect_name);
		if (!line) y.lines.push((line = { aspect: r.aspect_name, score: 0, byGroup: {} }));
		if (r.group_name === null) line.score = r.score;
		else {
			line.byGroup[r.group_name] = r.score;
			if (!y.groups.some((g) => g.name === r.group_name)) y.groups.push({ name: r.group_name, weight: r.group_weight! });
		}
	}
	return [...years.values()];
}

export async function commentsOf(wh: Warehouse, subject: 'team' | 'cadre', id: string): Promise<{ year: number; comment: string }[]> {
	return wh.rows('site/dossier/comments', { subject, id });
}

export interface CadreLimit {
	year: number;
	incompetent_share: number;
	approval_share: number;
	/** the limit that changed the suggested grade, in words; null when the band stands */
	reason: string | null;
	/** the policy's thresholds in words; null under a policy without cadre_rules */
	rules: string | null;
}

/** A share as a percentage with up to two decimals: 0.3334 → 33.34%. */
const pct = (x: number) => `${(Math.round(x * 1e6) / 1e4).toString()}%`;

export async function cadreLimits(wh: Warehouse, cadre: string, t: T): Promise<CadreLimit[]> {
	const rows = await wh.rows('site/cadres/limits', { cadre });
	const grade = (g: string) => t(CADRE_GRADES[g as keyof typeof CADRE_GRADES] ?? g);
	return rows.map((r) => {
		let reason: string | null = null;
		if (r.limited_by === 'incompetent_share')
			reason = t('不称职票 {share} ≥ {min} → 不称职', { share: pct(r.incompetent_share), min: pct(r.incompetent_share_min!) });
		else if (r.limited_by === 'team_bar')
			reason = t('所在班子民主测评为“{band}”，主要负责人不得评为优秀 → 称职', { band: t(TEAM_BANDS[r.team_band as keyof typeof TEAM_BANDS] ?? r.team_band ?? '') });
		else if (r.limited_by === 'excellent_cap')
			reason = t('优秀不超过 {share}（本年度 {places} 名，共 {cadres} 名干部），按综合得分在名额之外 → 称职', {
				share: pct(r.excellent_share_max!),
				places: r.excellent_places!,
				cadres: r.cadres
			});
		if (reason) reason = t('按综合得分为“{band}”；{reason}', { band: grade(r.band_grade), reason });
		const rules = [
			r.incompetent_share_min === null ? null : t('不称职票达到 {min} 的为不称职', { min: pct(r.incompetent_share_min) }),
			r.excellent_share_max === null ? null : t('优秀不超过 {share}', { share: pct(r.excellent_share_max) }),
			r.admonish_share_below === null ? null : t('优秀和称职票不足 {share} 的诫勉谈话', { share: pct(r.admonish_share_below) })
		].filter((x) => x !== null);
		return { year: r.year, incompetent_share: r.incompetent_share, approval_share: r.approval_share, reason, rules: rules.length ? rules.join(t('；')) : null };
	});
}

export async function cadreTraining(wh: Warehouse, cadre: string): Promise<{ year: number; source: string; aspect_name: string; score: number }[]> {
	return wh.rows('site/cadres/training', { cadre });
}

/** A unit's periodic scores, one line per year: the periods beside the year-end item score. */
export async function unitPeriodic(wh: Warehouse, unit: string) {
	const rows = await wh.rows('site/units/periodic', { unit });
	const years = new Map<number, { year: number; periods: { period: string; points: number }[]; item_score: number; periodic_score: number; target_score: number; weight: number }>();
	for (const r of rows) {
		let y = years.get(r.year);
		if (!y) years.set(r.year, (y = { year: r.year, periods: [], item_score: r.item_score, periodic_score: r.periodic_score, target_score: r.target_score, weight: r.weight }));
		y.periods.push({ period: r.period, points: r.points });
	}
	return [...years.values()];
}
