// Temporary folders of a test file: each under one folder per file, removed after the file's
// other hooks (a site is stopped before its warehouse goes). A run used to leave hundreds in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

let root: string | undefined;

/** A new empty folder, removed when the test file ends. */
export function tempDir(prefix = 'x-'): string {
	root ??= mkdtempSync(join(tmpdir(), 'kaohe-test-'));
	return mkdtempSync(join(root, prefix));
}

// Registered when a test file imports this module (each file has its own copy of it), so it runs
// after the hooks the file registers itself (vitest runs after-hooks last-registered first).
afterAll(() => {
	if (root) rmSync(root, { recursive: true, force: true });
	root = undefined;
});
