// Once per test run, before any test file: build the site if its sources changed, and import the
// sample into one warehouse that every site test serves read-only (DuckDB lets several read-only
// processes share a file). Saves a build and a 4-second import per test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ensureSampleWarehouse } from '../src/cli/prepare.js';

declare module 'vitest' {
	export interface ProvidedContext {
		sampleDb: string;
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
	return () => rmSync(dir, { recursive: true, force: true });
}
