// Who may reach what: every route of the site by its SvelteKit route id, for reading (GET, HEAD)
// and for changing (POST: form actions and uploads). hooks.server.ts enforces this table on every
// request and denies any route that is missing from it. README "Who may see what" is the same
// table for people; test/site/access.test.ts requests every row as every role.
import { atLeast, type Role } from '$lib/auth/roles';

/**
 * `public`: anyone, signed in or not. `published`: anyone when the year in the URL has been
 * published (公示), otherwise a leader. A role: that role or one above it.
 */
export type Level = 'public' | 'published' | Role;
export type Rule = { read: Level; change?: Level };

export const ACCESS: Record<string, Rule> = {
	'/': { read: 'leader' },
	'/trends': { read: 'leader' },
	'/rankings': { read: 'leader' },
	'/bottom-two': { read: 'leader' },
	'/bottom-two/history': { read: 'leader' },
	'/rewards': { read: 'leader' },
	'/compare': { read: 'leader' },
	'/quality': { read: 'leader', change: 'analyst' },
	'/use': { read: 'leader', change: 'analyst' },
	'/units/[id]': { read: 'leader' },
	'/cadres/[id]': { read: 'leader', change: 'analyst' },
	'/policy': { read: 'leader' },
	'/policy/whatif': { read: 'analyst', change: 'analyst' },
	'/policy/whatif/download': { read: 'analyst', change: 'analyst' },
	'/search': { read: 'leader' },
	'/summary': { read: 'public' },
	'/summary/[year]': { read: 'published', change: 'analyst' },
	'/summary/[year]/internal': { read: 'analyst' },
	'/summary/[year]/download': { read: 'analyst', change: 'analyst' },
	'/summary/[year]/download/[job]': { read: 'analyst' },
	'/data/[dataset]': { read: 'analyst' },
	'/import': { read: 'analyst', change: 'analyst' },
	'/import/[job]': { read: 'analyst' },
	'/account': { read: 'leader', change: 'leader' },
	'/admin/users': { read: 'admin', change: 'admin' },
	'/admin/audit': { read: 'admin' },
	'/admin/audit/download': { read: 'admin' },
	'/lang': { read: 'public' },
	'/signin': { read: 'public', change: 'public' },
	'/signin/once': { read: 'public' },
	'/signout': { read: 'public', change: 'public' }
};

export type Verdict = 'allow' | 'signin' | 'forbid' | 'missing';

const READS = new Set(['GET', 'HEAD']);

/**
 * The answer for a request: allow, ask to sign in, forbid (signed in without the role) or
 * missing (no such route, or a method the route does not take: deny by default).
 */
export function decide(routeId: string | null, method: string, role: Role | undefined, published: () => boolean): Verdict {
	const rule = routeId === null ? undefined : ACCESS[routeId];
	if (!rule) return 'missing';
	const level = READS.has(method) ? rule.read : rule.change;
	if (!level) return 'missing';
	if (level === 'public' || (level === 'published' && published())) return 'allow';
	const needed: Role = level === 'published' ? 'leader' : level;
	if (atLeast(role, needed)) return 'allow';
	return role === undefined ? 'signin' : 'forbid';
}
