// The views CONTRACT.md publishes, with the key each is ordered by when exported.
export const VIEWS = {
	unit_results: ['year', 'unit_id'],
	cadre_results: ['year', 'cadre_id'],
	alerts: ['year', 'kind', 'unit_id', 'cadre_id'],
	rewards: ['year', 'unit_id'],
	satisfaction: ['year', 'category'],
	reverse_shares: ['year', 'subject', 'unit_id', 'cadre_id', 'aspect_id'],
	training_needs: ['year', 'cadre_id', 'source', 'aspect_id'],
	comments: ['year', 'subject', 'unit_id', 'cadre_id']
} as const;

export type ViewName = keyof typeof VIEWS;

export function isView(name: string): name is ViewName {
	return Object.hasOwn(VIEWS, name);
}
