// Once per test run of the slow project, before any of its files: build the site if its sources
// changed, import the sample into one warehouse that every site test serves read-only (DuckDB lets
// several read-only processes share a file), and start one site on it that the files which only
// read pages share (test/helpers/site.ts, sharedSite()). Saves a build, a 4-second import and a
// site per test file, and the shared site's page cache stays warm from one file to the next.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ensureSampleWarehouse } from '../src/cli/prepare.js';
import { serveBuilt } from '../src/cli/serve.js';
import { ROLES, type Role } from '../src/lib/auth/roles.js';

declare module 'vitest' {
	export interface ProvidedContext {
		sampleDb: string;
		sharedSite: { url: string; db: string; state: string; cookies: Record<Role, string> };
	}
}

export default async function setup(project: TestProject) {
	buildSite(() => {});
	const dir = mkdtempSync(join(tmpdir(), 'kaohe-sample-'));
	// Accounts and the audit log that the command line writes during tests go here, never into
	// the project's data/state (test workers inherit this environment).
	process.env.KAOHE_STATE = join(dir, 'state');
	const db = join(dir, 'warehouse.duckdb');
	await ensureSampleWarehouse(db, () => {});
	project.provide('sampleDb', db);
	const site = await serveBuilt(db);
	project.provide('sharedSite', { url: site.url, db, state: site.state, cookies: Object.fromEntries(ROLES.map((r) => [r, site.cookie(r)])) as Record<Role, string> });
	return async () => {
		await site.stop();
		rmSync(dir, { recursive: true, force: true });
	};
}
