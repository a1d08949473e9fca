// The annual summary (年度考核结果) of one year, as data: what the public notice (公示) may say,
// and for the organization department's internal edition what it adds. The public edition is
// built from the public queries alone, so nothing of the internal ones can leak into it, and its
// figures of earlier years (satisfaction, the trend charts) are those of published years only.
import type { Warehouse } from '../warehouse/db.js';
import { renderChart } from '../charts/render.js';
import { satisfactionTrendOptions, type SatisfactionTrendRow } from '../charts/satisfaction-trend.js';
import { gradeMixOptions, type GradeMixRow } from '../charts/grade-mix.js';
import { isPublished } from './published.js';
import type { QueryRow } from '../warehouse/typed.js';

export const EDITIONS = ['public', 'internal'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Cadres whose 改非 and 降职 votes together reach this share are listed in the internal edition. */
export const USAGE_ATTENTION_SHARE = 0.25;

export type SummaryUnit = QueryRow<'summary/units'>;

export interface SummaryGroup {
	group_id: string;
	group_name: string;
	category: string;
	/** Units per grade code, in grade order within the query's order (rank). */
	byGrade: Record<string, SummaryUnit[]>;
	units: SummaryUnit[];
}

export type SatisfactionRow = QueryRow<'summary/satisfaction'>;

export type RewardRow = QueryRow<'summary/rewards'>;

export type CadreGradeRow = QueryRow<'summary/cadre_grades'>;

export type TeamBallotRow = QueryRow<'summary/team_ballots'>;

export type ReverseFlagRow = QueryRow<'summary/reverse_flags'>;

export type UsageRow = QueryRow<'summary/usage_intents'>;

export type AlertRow = QueryRow<'site/overview/alerts'>;

/** One row of queries/summary/comments.sql: a team's comment (cadre null) or a cadre's. */
export type CommentRow = QueryRow<'summary/comments'>;

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
	const years = await wh.rows('site/years');
	const held = years.find((y) => y.year === year);
	if (!held) return null;

	const [units, satisfaction, rewards, cadreGrades, trend, mix] = await Promise.all([
		wh.rows('summary/units', { year }),
		wh.rows('summary/satisfaction', { year }),
		wh.rows('summary/rewards', { year }),
		wh.rows('summary/cadre_grades', { year }),
		wh.rows('site/trends/satisfaction'),
		wh.rows('site/trends/grade_mix')
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
		wh.rows('summary/team_ballots', { year }),
		wh.rows('summary/reverse_flags', { year }),
		wh.rows('summary/usage_intents', { year, min_share: USAGE_ATTENTION_SHARE }),
		wh.rows('site/overview/alerts', { year }),
		wh.rows('summary/comments', { year })
	]);
	return { ...base, edition: 'internal', teamBallots, reverseFlags, usage, usageShare: USAGE_ATTENTION_SHARE, alerts, comments };
}
