// The annual summary (年度考核结果) of one year, as data: what the public notice (公示) may say,
// and for the organization department's internal edition what it adds. The public edition is
// built from the public queries alone, so nothing of the internal ones can leak into it, and its
// figures of earlier years (satisfaction, the trend charts) are those of published years only.
import type { Warehouse } from '../warehouse/db.js';
import { query } from '../warehouse/queries.js';
import { renderChart } from '../charts/render.js';
import { satisfactionTrendOptions, type SatisfactionTrendRow } from '../charts/satisfaction-trend.js';
import { gradeMixOptions, type GradeMixRow } from '../charts/grade-mix.js';
import { isPublished } from './published.js';

export const EDITIONS = ['public', 'internal'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Cadres whose 改非 and 降职 votes together reach this share are listed in the internal edition. */
export const USAGE_ATTENTION_SHARE = 0.25;

export interface SummaryUnit {
	category: string;
	group_id: string;
	group_name: string;
	unit_id: string;
	name: string;
	grade: string;
	target_score: number;
	composite_score: number | null;
	rank_in_group: number;
}

export interface SummaryGroup {
	group_id: string;
	group_name: string;
	category: string;
	/** Units per grade code, in grade order within the query's order (rank). */
	byGrade: Record<string, SummaryUnit[]>;
	units: SummaryUnit[];
}

export interface SatisfactionRow {
	year: number;
	category: string;
	teams: number;
	teams_unanimous: number;
	team_rate: number | null;
	cadres: number;
	cadres_unanimous: number;
	cadre_rate: number | null;
}

export interface RewardRow {
	grade: string | null; // null: the whole year
	units: number;
	staff: number;
	total_text: string;
	total: number;
}

export interface CadreGradeRow {
	category: string;
	grade: string;
	cadres: number;
}

export interface TeamBallotRow {
	unit_id: string;
	name: string;
	group_name: string;
	good: number;
	fairly_good: number;
	average: number;
	poor: number;
	democratic_score: number | null;
	team_band: string | null;
}

export interface ReverseFlagRow {
	subject: 'team' | 'cadre';
	unit_id: string;
	unit_name: string;
	cadre_id: string | null;
	cadre_name: string | null;
	aspect_name: string;
	share: number;
}

export interface UsageRow {
	cadre_id: string;
	name: string;
	role: string;
	unit_id: string;
	unit_name: string;
	participants: number;
	promote: number;
	retain: number;
	non_leadership: number;
	demote: number;
}

export interface AlertRow {
	kind: string;
	unit_id: string;
	unit_name: string;
	cadre_id: string | null;
	cadre_name: string | null;
	cadre_role: string | null;
}

/** One row of queries/summary/comments.sql: a team's comment (cadre null) or a cadre's. */
export interface CommentRow {
	subject: 'team' | 'cadre';
	unit_id: string;
	unit_name: string;
	cadre_id: string | null;
	cadre_name: string | null;
	role: string | null;
	comment: string;
}

export interface PublicSummary {
	edition: 'public';
	year: number;
	policyName: string | null;
	groups: SummaryGroup[];
	satisfaction: SatisfactionRow[];
	rewards: RewardRow[];
	cadreGrades: CadreGradeRow[];
	charts: { satisfaction: string | null; gradeMix: string | null };
}

export interface InternalSummary extends Omit<PublicSummary, 'edition'> {
	edition: 'internal';
	teamBallots: TeamBallotRow[];
	reverseFlags: ReverseFlagRow[];
	usage: UsageRow[];
	usageShare: number;
	alerts: AlertRow[];
	/** the committee's comments (评语) on teams and cadres, second edition */
	comments: CommentRow[];
}

export type Summary = PublicSummary | InternalSummary;

export function groupUnits(units: SummaryUnit[]): SummaryGroup[] {
	const groups = new Map<string, SummaryGroup>();
	for (const u of units) {
		let g = groups.get(u.group_id);
		if (!g) groups.set(u.group_id, (g = { group_id: u.group_id, group_name: u.group_name, category: u.category, byGrade: {}, units: [] }));
		(g.byGrade[u.grade] ??= []).push(u);
		g.units.push(u);
	}
	return [...groups.values()];
}

/**
 * The summary of `year`, or null when the warehouse does not hold that year. `published` tells
 * which earlier years the public edition may show (default: those published in the state folder).
 */
export async function loadSummary(wh: Warehouse, year: number, edition: Edition, published: (year: number) => boolean = isPublished): Promise<Summary | null> {
	const years = await wh.all<{ year: number; policy_name: string | null }>(query('site/years'));
	const held = years.find((y) => y.year === year);
	if (!held) return null;

	const [units, satisfaction, rewards, cadreGrades, trend, mix] = await Promise.all([
		wh.all<SummaryUnit>(query('summary/units'), { year }),
		wh.all<SatisfactionRow>(query('summary/satisfaction'), { year }),
		wh.all<RewardRow>(query('summary/rewards'), { year }),
		wh.all<CadreGradeRow>(query('summary/cadre_grades'), { year }),
		wh.all<SatisfactionTrendRow>(query('site/trends/satisfaction')),
		wh.all<GradeMixRow>(query('site/trends/grade_mix'))
	]);
	// The year itself, and the earlier years this edition may show.
	const shown = new Set(years.filter((y) => y.year === year || (y.year < year && (edition === 'internal' || published(y.year)))).map((y) => y.year));
	const upTo = <R extends { year: number }>(rows: R[]) => rows.filter((r) => shown.has(r.year));
	const base: PublicSummary = {
		edition: 'public',
		year,
		policyName: held.policy_name,
		groups: groupUnits(units),
		satisfaction: upTo(satisfaction),
		rewards,
		cadreGrades,
		charts: {
			satisfaction: upTo(trend).length > 0 ? renderChart(satisfactionTrendOptions(upTo(trend))) : null,
			gradeMix: upTo(mix).length > 0 ? renderChart(gradeMixOptions(upTo(mix))) : null
		}
	};
	if (edition === 'public') return base;

	const [teamBallots, reverseFlags, usage, alerts, comments] = await Promise.all([
		wh.all<TeamBallotRow>(query('summary/team_ballots'), { year }),
		wh.all<ReverseFlagRow>(query('summary/reverse_flags'), { year }),
		wh.all<UsageRow>(query('summary/usage_intents'), { year, min_share: USAGE_ATTENTION_SHARE }),
		wh.all<AlertRow>(query('site/overview/alerts'), { year }),
		wh.all<CommentRow>(query('summary/comments'), { year })
	]);
	return { ...base, edition: 'internal', teamBallots, reverseFlags, usage, usageShare: USAGE_ATTENTION_SHARE, alerts, comments };
}
