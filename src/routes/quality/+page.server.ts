// 评议质量: how far the results of one year (?year=, default the latest) can be trusted. The
// margins of every result that is close (the smallest change that flips it), the signals of untrue
// ballots with their evidence, the sampling uncertainty, and the agreement of targets and ballots
// over the years. Every figure comes from queries/quality/ with the page's parameters
// ($lib/quality/params) bound. The figures are cached per warehouse state; the analysts' marks
// (已核查) are read afresh on every request, as they change without an import.
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { siteWarehouse } from '$lib/server/site-warehouse';
import type { QueryName, QueryRow } from '$lib/warehouse/typed';
import { chosenYear } from '$lib/server/year';
import { renderChart } from '$lib/charts/render';
import { agreementTrendOptions, type AgreementRow } from '$lib/charts/agreement-trend';
import { unanimityIntervalOptions } from '$lib/charts/unanimity-interval';
import { CADRE_GRADE_ORDER, CADRE_GRADES, TEAM_BANDS, UNIT_GRADE_LABELS } from '$lib/labels';
import { translator, type T } from '$lib/i18n';
import { formats } from '$lib/format';
import { cachedPage } from '$lib/server/page-cache';
import { QUALITY_PARAMS, qualityParams, type QualityParams } from '$lib/quality/params';
import { checksOf, markChecked } from '$lib/quality/checks';
import { SIGNAL_TITLES, checkKey, isSignal, type Signal } from '$lib/quality/signals';
import { closeInBallots, closeInPoints } from '$lib/quality/marks';
import { audit } from '$lib/audit/log';
import { atLeast } from '$lib/auth/roles';

type Row = Record<string, unknown>;
/** The rows of a query of queries/quality/. */
type Q<N extends QueryName> = QueryRow<N>[];
const num = (v: unknown) => Number(v);
const str = (v: unknown) => String(v ?? '');

/** One close result: what it is and the smallest change that flips it. */
export interface MarginItem {
	kind: string;
	subject: string;
	unitId: string;
	cadreId: string | null;
	result: string;
	change: string;
	/** the size of the change in its unit (ballots, points, votes), to sort by */
	size: number;
}

/** One finding of a signal, with its evidence and the analyst's mark. */
export interface SignalItem {
	subjectId: string;
	subject: string;
	unitId: string;
	cadreId: string | null;
	evidence: string;
}

export interface SignalSection {
	id: Signal;
	title: string;
	rule: string;
	params: { label: string; value: number }[];
	items: SignalItem[];
	/** why the signal cannot be computed this year (no rater groups, no year before), if so */
	absent: string | null;
}

const TEAM_GRADES = Object.keys(TEAM_BANDS) as (keyof typeof TEAM_BANDS)[];

function gradeLabel(subject: string, index: number, t: T): string {
	return subject === 'team' ? t(TEAM_BANDS[TEAM_GRADES[index]!]) : t(CADRE_GRADES[CADRE_GRADE_ORDER[index]!]);
}

function subjectName(r: Row, t: T): string {
	return r.cadre_name ? t('{cadre}（{unit}）', { cadre: str(r.cadre_name), unit: str(r.unit_name) }) : t('{unit}领导班子', { unit: str(r.unit_name ?? r.name) });
}

function ballotMargins(rows: Q<'quality/ballot_margins'>, p: QualityParams, t: T): MarginItem[] {
	return rows
		.filter((r) => closeInBallots(r.ballots, p))
		.map((r) => {
			const subject = str(r.subject);
			const kind = r.kind === 'democratic_band' ? t('民主测评档次') : t('综合得分档次（未计刚性限制）');
			const where = r.rater_group_name ? t('{aspect}，{group}', { aspect: str(r.aspect_name), group: str(r.rater_group_name) }) : str(r.aspect_name);
			const vars = {
				n: num(r.ballots),
				from: gradeLabel(subject, num(r.from_grade), t),
				to: gradeLabel(subject, num(r.to_grade), t),
				where,
				band: gradeLabel(r.kind === 'democratic_band' ? subject : 'cadre', num(r.to_band), t)
			};
			return {
				kind,
				subject: subjectName(r, t),
				unitId: str(r.unit_id),
				cadreId: subject === 'cadre' ? str(r.subject_id) : null,
				result: gradeLabel(r.kind === 'democratic_band' ? subject : 'cadre', num(r.band), t),
				change:
					r.direction === 'up'
						? t('{n} 张票从{from}改为{to}（{where}）就升为{band}', vars)
						: t('{n} 张票从{from}改为{to}（{where}）就降为{band}', vars),
				size: num(r.ballots)
			};
		});
}

function unitMargins(bottom: Q<'quality/bottom_two_margins'>, pk: Q<'quality/pk_margins'>, grades: Q<'quality/unit_grade_margins'>, p: QualityParams, t: T): MarginItem[] {
	const f = (v: unknown) => num(v).toFixed(2);
	const unit = (r: Row, kind: string, result: string, change: string, size: number): MarginItem => ({
		kind, subject: str(r.name), unitId: str(r.unit_id), cadreId: null, result, change, size
	});
	const out: MarginItem[] = [];
	for (const r of bottom) {
		if (r.points === null || (!r.in_bottom_two && !closeInPoints(r.points, p))) continue;
		const vars = { points: f(r.points), size: num(r.size) };
		out.push(
			r.in_bottom_two
				? unit(r, t('后两名'), t('列后两名'), t('目标分差 {points} 分就脱离后 {size} 名', vars), num(r.points))
				: unit(r, t('后两名'), t('未列后两名'), t('目标分再低 {points} 分就列入后 {size} 名', vars), num(r.points))
		);
	}
	for (const r of pk) {
		if (r.votes_margin === null) continue;
		const vars = { n: num(r.votes_margin), rival: str(r.rival_name) };
		out.push(
			r.grade === 'outstanding'
				? unit(r, t('同台PK'), t('特优'), t('少 {n} 票就落后于{rival}，不再是特优', vars), num(r.votes_margin))
				: unit(r, t('同台PK'), t('优秀'), t('PK 差 {n} 票（须超过{rival}）', vars), num(r.votes_margin))
		);
	}
	const label = (g: string) => t(UNIT_GRADE_LABELS[g as keyof typeof UNIT_GRADE_LABELS] ?? g);
	for (const r of grades) {
		const base = r.grade === 'basically_qualified' || r.grade === 'unqualified' ? str(r.grade) : 'qualified';
		const below = base === 'qualified' ? 'basically_qualified' : 'unqualified';
		const above = base === 'unqualified' ? 'basically_qualified' : 'qualified';
		if (closeInPoints(r.points_up, p))
			out.push(unit(r, t('单位等次'), label(base), t('目标分再高 {points} 分就升为{grade}', { points: f(r.points_up), grade: label(above) }), num(r.points_up)));
		if (closeInPoints(r.points_down, p))
			out.push(unit(r, t('单位等次'), label(base), t('目标分再低 {points} 分就降为{grade}', { points: f(r.points_down), grade: label(below) }), num(r.points_down)));
	}
	return out;
}

interface SignalRows {
	favour_votes: Q<'quality/signal_favour_votes'>;
	leniency: Q<'quality/signal_leniency'>;
	bulk_ballots: Q<'quality/signal_bulk_ballots'>;
	score_jump: Q<'quality/signal_score_jump'>;
	rater_gap: Q<'quality/signal_rater_gap'>;
}

function signalSections(q: SignalRows, p: QualityParams, t: T, pct: (n: number) => string, hasPrevYear: boolean, layered: boolean): SignalSection[] {
	const param = (name: keyof typeof QUALITY_PARAMS) => ({ label: t(QUALITY_PARAMS[name].label), value: p[name] });
	const item = (r: Row, evidence: string, subjectId = str(r.subject_id ?? r.unit_id)): SignalItem => ({
		subjectId,
		subject: subjectName(r, t),
		unitId: str(r.unit_id),
		cadreId: r.subject === 'cadre' ? str(r.subject_id) : null,
		evidence
	});
	return [
		{
			id: 'favour_votes',
			title: t(SIGNAL_TITLES.favour_votes),
			rule: t('单位列后两名或被评为基本达标、不达标，其领导班子或干部的测评票中“好”“优秀”票的比例却达到满票线。'),
			params: [param('unanimous')],
			items: q.favour_votes.map((r) =>
				item(
					r,
					t('{top}/{ballots} 张票为{grade}；单位{reason}', {
						top: num(r.top),
						ballots: num(r.ballots),
						grade: r.subject === 'team' ? t('好') : t('优秀'),
						reason: r.in_bottom_two
							? t('列后两名（倒数第 {rank} 名，目标分 {score}）', { rank: num(r.bottom_rank), score: num(r.target_score).toFixed(2) })
							: t(UNIT_GRADE_LABELS[r.grade as keyof typeof UNIT_GRADE_LABELS])
					})
				)
			),
			absent: null
		},
		{
			id: 'leniency',
			title: t(SIGNAL_TITLES.leniency),
			rule: t('单位领导班子和干部测评票中“好”“优秀”票的比例远高于本考核组其他单位：稳健 z 值 = 0.6745 ×（比例 − 组中位数）÷ 组绝对中位差，达到下限即列出；本组不足 3 个单位时不计算。'),
			params: [param('z')],
			items: q.leniency.map((r) =>
				item(r, t('“好”“优秀”票占 {share}，{group}中位数 {median}（{units} 个单位），稳健 z = {z}', {
					share: pct(num(r.share)), group: str(r.group_name), median: pct(num(r.group_median)), units: num(r.group_units), z: num(r.z).toFixed(2)
				}))
			),
			absent: null
		},
		{
			id: 'bulk_ballots',
			title: t(SIGNAL_TITLES.bulk_ballots),
			rule: t('单位所有干部、所有测评项目的测评票（同一测评层次内）完全相同，像是每位测评人对每名干部、每一项都打了同样的等次。'),
			params: [],
			items: q.bulk_ballots.map((r) =>
				item(
					r,
					[
						t('{cadres} 名干部、{rows} 行测评票均为 {counts}（优秀/称职/基本称职/不称职）', {
							cadres: num(r.cadres), rows: num(r.ballot_rows), counts: (r.counts as number[]).join('/')
						}),
						r.team_alike ? t('领导班子测评票也相同。') : ''
					].join(''),
					`${str(r.unit_id)}|${str(r.rater_group)}`
				)
			),
			absent: null
		},
		{
			id: 'score_jump',
			title: t(SIGNAL_TITLES.score_jump),
			rule: t('领导班子或干部的民主测评得分与上一年相比变化超过突变分数。'),
			params: [param('jump')],
			items: q.score_jump.map((r) =>
				item(r, t('民主测评得分 {previous} → {score}（{change} 分）', {
					previous: num(r.previous).toFixed(2), score: num(r.score).toFixed(2), change: (num(r.change) > 0 ? '+' : '') + num(r.change).toFixed(2)
				}))
			),
			absent: hasPrevYear ? null : t('数据仓库中没有上一年度的数据，无法比较。')
		},
		{
			id: 'rater_gap',
			title: t(SIGNAL_TITLES.rater_gap),
			rule: t('分层次测评时，不同测评层次（如区级领导与干部职工代表）对同一领导班子或干部的评分相差超过层次分差；测评人数少于下限的层次不单独列出（保护匿名）。'),
			params: [param('gap'), param('min_raters')],
			items: q.rater_gap.map((r) =>
				item(r, t('{high}（{highRaters} 人）{highScore} 分，{low}（{lowRaters} 人）{lowScore} 分，相差 {gap} 分', {
					high: str(r.high_group), highRaters: num(r.high_raters), highScore: num(r.high_score).toFixed(2),
					low: str(r.low_group), lowRaters: num(r.low_raters), lowScore: num(r.low_score).toFixed(2), gap: num(r.gap).toFixed(2)
				}))
			),
			absent: layered ? null : t('本年度考核办法没有分层次测评。')
		}
	];
}

/** The report's doubt in one sentence: did the rise of unanimous ballots come with rising agreement? */
function agreementVerdict(rows: AgreementRow[], t: T, pct: (n: number) => string): string | null {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	if (years.length < 2) return null;
	const [first, last] = [years[0]!, years.at(-1)!];
	const mean = (y: number, f: (r: AgreementRow) => number | null) => {
		const v = rows.filter((r) => r.year === y).map(f).filter((x): x is number => x !== null);
		return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
	};
	const [u0, u1] = [mean(first, (r) => r.unanimous_share), mean(last, (r) => r.unanimous_share)];
	const [r0, r1] = [mean(first, (r) => r.rho), mean(last, (r) => r.rho)];
	if (u0 === null || u1 === null || r0 === null || r1 === null) return null;
	const verdict =
		u1 <= u0 ? t('满票率没有上升。') : r1 > r0 ? t('满票增加的同时，目标与测评也更一致。') : t('满票增加，目标与测评却没有更一致：满票的上升不能说明评议更真实。');
	return t('{from} 至 {to} 年，各组平均满票率从 {u0} 变为 {u1}，平均等级相关系数从 {r0} 变为 {r1}。{verdict}', {
		from: first, to: last, u0: pct(u0), u1: pct(u1), r0: r0.toFixed(3), r1: r1.toFixed(3), verdict
	});
}

async function compute(url: URL, lang: 'zh' | 'en') {
	const t = translator(lang);
	const f = formats(lang === 'en' ? 'en' : 'zh-CN');
	const pct = (n: number) => f.percent1(n);
	const wh = await siteWarehouse();
	const years = (await wh.rows('site/years')).map((y) => y.year);
	const year = chosenYear(url.searchParams.get('year'), years);
	const p = qualityParams(url.searchParams);
	if (year === undefined) return { years, year: null, params: p };
	const [ballots, bottom, pk, grades, favour, leniency, bulk, jump, gap, sampling, agreement, layered] = await Promise.all([
		wh.rows('quality/ballot_margins', { year, unit: '', subject: '', most: p.close_ballots }),
		wh.rows('quality/bottom_two_margins', { year }),
		wh.rows('quality/pk_margins', { year }),
		wh.rows('quality/unit_grade_margins', { year }),
		wh.rows('quality/signal_favour_votes', { year, unanimous: p.unanimous }),
		wh.rows('quality/signal_leniency', { year, z: p.z }),
		wh.rows('quality/signal_bulk_ballots', { year }),
		wh.rows('quality/signal_score_jump', { year, jump: p.jump }),
		wh.rows('quality/signal_rater_gap', { year, gap: p.gap, min_raters: p.min_raters }),
		wh.rows('quality/sampling', { year, confidence_z: p.confidence_z }),
		wh.rows('quality/agreement', { confidence_z: p.confidence_z }),
		wh.rows('quality/layered', { year })
	]);
	const margins = [...ballotMargins(ballots, p, t), ...unitMargins(bottom, pk, grades, p, t)].sort((a, b) => a.size - b.size);
	const uncertain = sampling
		.filter((r) => r.uncertain)
		.map((r) => ({
			subject: subjectName(r, t),
			unitId: str(r.unit_id),
			cadreId: str(r.subject_id),
			raters: num(r.raters),
			evidence: t('{raters} 人测评，不称职票占 {share}，区间 {low}–{high} 含不称职线 {bound}', {
				raters: num(r.raters), share: pct(num(r.bottom_share)), low: pct(num(r.bottom_low)), high: pct(num(r.bottom_high)), bound: pct(num(r.bound))
			})
		}));
	const raters = sampling.map((r) => num(r.raters));
	return {
		years,
		year,
		params: p,
		margins,
		signals: signalSections(
			{ favour_votes: favour, leniency, bulk_ballots: bulk, score_jump: jump, rater_gap: gap },
			p, t, pct, years.includes(year - 1), layered.length > 0
		),
		sampling: { subjects: sampling.length, minRaters: raters.length ? Math.min(...raters) : 0, uncertain },
		agreementRows: agreement,
		verdict: agreementVerdict(agreement.filter((r) => r.year <= year), t, pct),
		agreementChart: agreement.length ? renderChart(agreementTrendOptions(agreement, t)) : null,
		unanimityChart: agreement.length ? renderChart(unanimityIntervalOptions(agreement, t)) : null
	};
}

/** ?unit= or ?cadre= (the link of a mark beside a result): only what concerns that unit (with its cadres) or cadre. */
function focusOf(url: URL): { subject: 'team' | 'cadre'; id: string } | null {
	const cadre = url.searchParams.get('cadre')?.trim();
	const unit = url.searchParams.get('unit')?.trim();
	if (cadre) return { subject: 'cadre', id: cadre };
	if (unit) return { subject: 'team', id: unit };
	return null;
}

type Computed = Extract<Awaited<ReturnType<typeof compute>>, { margins: unknown }>;

function focused(data: Computed, focus: { subject: 'team' | 'cadre'; id: string }) {
	const concerns = (x: { unitId: string; cadreId: string | null }) => (focus.subject === 'cadre' ? x.cadreId === focus.id : x.unitId === focus.id);
	const margins = data.margins.filter(concerns);
	const signals = data.signals.map((s) => ({ ...s, items: s.items.filter(concerns) }));
	const uncertain = data.sampling.uncertain.filter(concerns);
	// the subject's name as the page's lists write it
	const named = [...margins, ...signals.flatMap((s) => s.items), ...uncertain].find((x) => (focus.subject === 'cadre' ? x.cadreId === focus.id : x.cadreId === null));
	return { ...data, margins, signals, sampling: { ...data.sampling, uncertain }, focus: { ...focus, name: named?.subject ?? focus.id } };
}

export const load: PageServerLoad = async (event) => {
	const data = await cachedPage(event, ({ url, locals }) => compute(url, locals.lang));
	const canMark = atLeast(event.locals.user?.role, 'analyst');
	const checks = data.year === null ? {} : checksOf(data.year);
	const focus = focusOf(event.url);
	if (data.year === null || !('margins' in data) || focus === null) return { ...data, canMark, checks, focus: null };
	return { ...focused(data, focus), canMark, checks };
};

/** An analyst marks one signal of a year as checked (已核查), with a note; audited. */
export const actions: Actions = {
	check: async ({ request, locals, getClientAddress }) => {
		const form = await request.formData();
		const year = Number(form.get('year'));
		const signal = form.get('signal');
		const subject = String(form.get('subject') ?? '').trim();
		const note = String(form.get('note') ?? '').trim();
		if (!Number.isInteger(year) || !isSignal(signal) || !subject || subject.length > 200) return fail(400, { problem: '请选择要核查的线索。' });
		if (!note || note.length > 500) return fail(400, { problem: '请写明核查情况（500 字以内）。', key: checkKey({ year, signal, subject }) });
		markChecked({ year, signal, subject, note, by: locals.user!.name });
		audit({ actor: locals.user!.name, action: 'quality_check', target: `${year} ${signal} ${subject}`, detail: note, ip: getClientAddress() });
		return { saved: checkKey({ year, signal, subject }) };
	}
};
