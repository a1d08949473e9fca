import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
		reporters: ['default', './test/summary-reporter.ts'],
		globalSetup: ['./test/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
