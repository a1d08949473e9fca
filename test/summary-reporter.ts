// Prints the run's plain closing line, `N passed, N failed, N skipped`, which CI reads in any
// language (Vitest's own summary has another form). A skipped test is never counted as passed.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
		let passed = 0;
		let failed = errors.length;
		let skipped = 0;
		for (const m of modules) {
			if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++; // a file that failed to load
			for (const t of m.children.allTests()) {
				const state = t.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
				else skipped++;
			}
		}
		process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
	}
}
