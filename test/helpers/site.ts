// Starts the built site on the sample warehouse for a test. test/global-setup.ts has built the site
// and imported the sample once per run; every site test serves that file read-only.
import { inject } from 'vitest';
import { serveBuilt, type Site } from '../../src/cli/serve.js';

export type { Site };

export function startSite(): Promise<Site> {
	return serveBuilt(inject('sampleDb'));
}
