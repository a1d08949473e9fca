// Prints the run's plain closing line, `N passed, N failed, N skipped`, which CI reads in any
// language (Vitest's own summary has another form). A skipped test is never counted as passed.
// Before it, the slowest files with their project, to see what the suite's wall time goes to.
import type { Reporter, TestModule } from 'vitest/node';

const SLOWEST = 8;

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
		const slowest = [...modules].sort((a, b) => b.diagnostic().duration - a.diagnostic().duration).slice(0, SLOWEST);
		if (slowest.length > 1) {
			process.stdout.write('\nslowest files (tests and hooks):\n');
			for (const m of slowest)
				process.stdout.write(`${(m.diagnostic().duration / 1000).toFixed(1).padStart(7)} s  ${m.project.name.padEnd(5)} ${m.relativeModuleId}\n`);
		}
		process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
	}
}
