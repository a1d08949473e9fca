// Where a redirect may go after a form or switch: only a path on this site, never another host.

/** `back` if it is a path on this site (one leading slash, no scheme, host or backslash), else '/'. */
export function sameSitePath(back: string | null | undefined): string {
	if (!back || !back.startsWith('/') || back.startsWith('//') || back.includes('\\')) return '/';
	return back;
}
