// The three roles of the site, each allowed what the one before it may do and more (README
// "Who may see what"). The public, signed out, is below them all.
export const ROLES = ['leader', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { leader: '领导', analyst: '组织部分析员', admin: '管理员' };

export function isRole(x: unknown): x is Role {
	return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

/** Whether `role` (undefined: signed out) has at least the rights of `needed`. */
export function atLeast(role: Role | undefined, needed: Role): boolean {
	return role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
