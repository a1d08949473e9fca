// The policy file of CONTRACT.md ("The policy file"), as a zod schema. Structural checks live
// here; the cross-field rules the contract lists (sums, orderings, collisions) are in validate.ts.
import { z } from 'zod';
import { CATEGORIES as CATEGORY_LIST, TEAM_BANDS, UNIT_GRADES as UNIT_GRADE_LIST } from '../vocabulary/index.js';

const id = z.string().regex(/^[A-Za-z0-9._-]+$/, 'id 只能由字母、数字、“.”、“_”、“-”组成');
const name = z.string().min(1);
const positive = z.number().positive();
const share = z.number().min(0).max(1);
const nonNegative = z.number().min(0);

export const CATEGORIES = CATEGORY_LIST.codes;
export const UNIT_GRADES = UNIT_GRADE_LIST.codes;

const aspect = z.object({ id, name, weight: positive });
const reverseAspect = z.object({ id, name });

export const policySchema = z.object({
	id,
	name,
	groups: z.array(
		z.object({ id, name, category: z.enum(CATEGORIES), bottom_two_exempt: z.boolean().default(false) })
	).min(1),
	veto_items: z.array(z.object({ id, name })),
	templates: z.array(
		z.object({
			id,
			name,
			items: z.array(z.object({ id, name, max: nonNegative })).min(1),
			vetoes: z.array(id).default([])
		})
	).min(1),
	unit_grades: z.object({ qualified_min: z.number(), basic_min: z.number() }),
	democratic: z.object({
		team_aspects: z.array(aspect).min(1),
		cadre_aspects: z.array(aspect).min(1),
		team_factors: z.object({ good: z.number(), fairly_good: z.number(), average: z.number(), poor: z.number() }),
		cadre_factors: z.object({
			excellent: z.number(),
			competent: z.number(),
			basically_competent: z.number(),
			incompetent: z.number()
		}),
		bands: z.object({ top: z.number(), second: z.number(), third: z.number() }),
		// Second edition: layered evaluation (分层次测评), ballots by group of raters.
		rater_groups: z.array(aspect).min(1, 'rater_groups 给出时不能为空').optional()
	}),
	composite: z.object({ principal_target_weight: share, member_target_weight: share }),
	excellence: z.object({
		quota: z.partialRecord(z.enum(CATEGORIES), z.number().int().min(0)),
		pk_ratio: z.number().nullable()
	}),
	bottom_two: z.object({ size: z.number().int().min(0) }),
	reverse: z
		.object({ team_aspects: z.array(reverseAspect), cadre_aspects: z.array(reverseAspect), flag_share: share })
		.optional(),
	// Second edition: the periodic checks (平时考核) blended into the target score.
	periodic: z.object({ weight: share }).optional(),
	// Second edition: the national limits on cadre grades (刚性规定), every field optional.
	cadre_rules: z
		.object({
			incompetent_share_min: share.optional(),
			team_bands_bar_excellent: z.array(z.enum(TEAM_BANDS.codes)).optional(),
			excellent_share_max: share.optional(),
			admonish_share_below: share.optional()
		})
		.optional(),
	reward: z.object({
		per_point_per_capita: nonNegative,
		basic_rate: nonNegative,
		extra: z.record(z.string(), nonNegative)
	})
});

export type Policy = z.infer<typeof policySchema>;
export type Category = (typeof CATEGORIES)[number];
