// The built site on the sample warehouse for a test. test/global-setup.ts has built the site and
// imported the sample once per run; every site test serves that file read-only. Each site has a
// state folder with one account per role: `site.get(path, { role })` and `visit()` in
// test/helpers/browser.ts sign in with them.
//
// sharedSite() is the one site the global setup started, for files that only read pages; a file
// that writes the state folder (publishes, signs out, marks, imports, reads the audit log) or
// needs other settings starts its own with startSite().
import { inject } from 'vitest';
import { serveBuilt, siteGet, type ServeOptions, type Site } from '../../src/cli/serve.js';

export type { Site };

const started = new Map<string, Site>();

export async function startSite(db: string = inject('sampleDb'), options?: ServeOptions): Promise<Site> {
	const site = await serveBuilt(db, options);
	started.set(site.url, site);
	return site;
}

/** The site shared by the run (read-only, on the sample); stop() leaves it running for the other files. */
export function sharedSite(): Site {
	const { url, db, state, cookies } = inject('sharedSite');
	const cookie = (role: keyof typeof cookies) => cookies[role];
	const site: Site = {
		url,
		db,
		state,
		cookie,
		session: () => {
			throw new Error('the shared site opens no sessions for a test: use startSite()');
		},
		get: siteGet(url, cookie),
		stop: async () => {}
	};
	started.set(url, site);
	return site;
}

/** The started site that serves `url`, if any. */
export function siteOf(url: string): Site | undefined {
	return started.get(new URL(url).origin);
}
