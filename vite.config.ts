import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Two test projects, both run by `npm test` (README, "Testing"): `fast`, the unit tests beside the
// code and the rules' hand-worked tests, which need no site build; `slow`, everything that imports
// the sample, serves the built site, drives the browser, crashes a process or runs the command
// line, after the global setup that builds the site and the sample warehouse once per run.
const FAST = ['src/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/policy/**/*.test.ts'];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		reporters: ['default', './test/summary-reporter.ts'],
		// Time limits only catch a hung test: a loaded machine (other builds and tests beside these)
		// stretches an import, a check or a page load many times over, and a test must still pass.
		// No test sets a shorter one of its own.
		testTimeout: 900_000,
		hookTimeout: 900_000,
		// Vitest's default on 2 cores is one file at a time (cores − 1); the slow files mostly wait
		// on the site, Chromium or a child process, so two run side by side.
		maxWorkers: 2,
		// A file's concurrent tests (browser tabs, command-line runs) at once: two files side by side
		// with two each is what 2 cores keep up with (five tabs each timed out page loads).
		maxConcurrency: 2,
		projects: [
			{ extends: true, test: { name: 'fast', include: FAST } },
			{
				extends: true,
				test: { name: 'slow', include: ['test/**/*.test.ts'], exclude: FAST, globalSetup: ['./test/global-setup.ts'] }
			}
		]
	}
});
