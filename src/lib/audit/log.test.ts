// The audit log on a disk that fills up: an entry is written whole or fails loudly, a torn line
// never swallows the next entry, and it is shown as unreadable, not dropped.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit, readAudit } from './log.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'kaohe-audit-'));
	process.env.KAOHE_STATE = dir;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('audit log', () => {
	it('ends a torn last line before the next entry, and reports the torn line with its place', () => {
		audit({ actor: 'a', action: 'signin' });
		appendFileSync(join(dir, 'audit.jsonl'), '{"at":"2026-12-01T08:00:00.000Z","actor":"b","act');
		audit({ actor: 'c', action: 'export', target: 'alerts' });
		const lines = readFileSync(join(dir, 'audit.jsonl'), 'utf8').split('\n');
		expect(lines).toHaveLength(4); // three lines and the empty string after the last newline
		const entries = readAudit();
		expect(entries.map((e) => e.action)).toEqual(['signin', 'unreadable', 'export']);
		expect(entries[1]).toMatchObject({ at: '2026-12-01T08:00:00.000Z', target: 'audit.jsonl:2' });
		expect(entries[1]!.detail).toContain('"actor":"b"');
		expect(entries[2]).toMatchObject({ actor: 'c', target: 'alerts' });
	});

	it('fails, never passes silently, when the disk is full', () => {
		symlinkSync('/dev/full', join(dir, 'audit.jsonl'));
		expect(() => audit({ actor: 'a', action: 'signin' })).toThrow(/ENOSPC/);
	});
});
