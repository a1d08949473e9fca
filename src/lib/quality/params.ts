// The parameters of the 评议质量 page that the policy does not fix: each signal's threshold, the
// minimum rater group, the confidence of the intervals and how close a margin must be to be
// listed. Read from the query string (GET form), shown beside each signal, bound into the SQL of
// queries/quality/.
import { error } from '@sveltejs/kit';

export interface ParamSpec {
	default: number;
	min: number;
	max: number;
	step: number;
	/** Chinese label, shown beside the signal that uses it */
	label: string;
}

export const QUALITY_PARAMS = {
	unanimous: { default: 1, min: 0.5, max: 1, step: 0.01, label: '满票线（好/优秀票所占比例）' },
	z: { default: 3.5, min: 1, max: 20, step: 0.1, label: '稳健 z 值下限' },
	jump: { default: 10, min: 0, max: 100, step: 0.5, label: '突变分数（分）' },
	gap: { default: 15, min: 0, max: 100, step: 0.5, label: '层次分差（分）' },
	min_raters: { default: 5, min: 1, max: 1000, step: 1, label: '最少测评人数（匿名）' },
	confidence_z: { default: 1.96, min: 0.5, max: 4, step: 0.01, label: '置信区间 z 值（1.96 即 95%）' },
	close_ballots: { default: 3, min: 1, max: 1000, step: 1, label: '列出的票数差距上限（张）' },
	close_points: { default: 1, min: 0.01, max: 100, step: 0.01, label: '列出的分数差距上限（分）' }
} as const satisfies Record<string, ParamSpec>;

export type ParamName = keyof typeof QUALITY_PARAMS;
export type QualityParams = Record<ParamName, number>;

/** The defaults of every parameter (the marks shown beside results elsewhere use these). */
export function defaultQualityParams(): QualityParams {
	return Object.fromEntries(Object.entries(QUALITY_PARAMS).map(([name, spec]) => [name, spec.default])) as QualityParams;
}

/** The parameters of a request: the query string's, else the defaults; a 400 when one is not a number in range. */
export function qualityParams(search: URLSearchParams): QualityParams {
	const out = {} as QualityParams;
	for (const [name, spec] of Object.entries(QUALITY_PARAMS) as [ParamName, ParamSpec][]) {
		const raw = search.get(name)?.trim();
		if (raw === undefined || raw === '') {
			out[name] = spec.default;
			continue;
		}
		const v = Number(raw);
		if (!Number.isFinite(v) || v < spec.min || v > spec.max) error(400, { message: `参数“${spec.label}”应为 ${spec.min} 到 ${spec.max} 之间的数，而不是“${raw}”。` });
		out[name] = v;
	}
	return out;
}
