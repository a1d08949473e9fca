// Starts the built site on the sample warehouse for a test. test/global-setup.ts has built the site
// and imported the sample once per run; every site test serves that file read-only. Each site has
// its own state folder with one account per role: `site.get(path, { role })` and `visit()` in
// test/helpers/browser.ts sign in with them.
import { inject } from 'vitest';
import { serveBuilt, type ServeOptions, type Site } from '../../src/cli/serve.js';

export type { Site };

const started = new Map<string, Site>();

export async function startSite(db: string = inject('sampleDb'), options?: ServeOptions): Promise<Site> {
	const site = await serveBuilt(db, options);
	started.set(site.url, site);
	return site;
}

/** The started site that serves `url`, if any. */
export function siteOf(url: string): Site | undefined {
	return started.get(new URL(url).origin);
}
