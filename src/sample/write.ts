// Writes a generated year as a bundle folder: bundle.json and CSV files as the contract fixes
// them, with English or Chinese headers, optionally GB18030-encoded as Excel saves on a Chinese system.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { tablesFor, type TableSpec } from '../lib/bundle/tables.js';
import { projectPath } from '../lib/paths.js';
import type { Cell, YearBundle } from './district.js';

export interface WriteOptions {
	chineseHeaders?: boolean;
	/** files written GB18030-encoded */
	gb18030?: string[];
}

function cell(v: Cell): string {
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function specs(policyId: string): Map<string, TableSpec> {
	const policy = JSON.parse(readFileSync(projectPath('data', 'policy', `${policyId}.json`), 'utf8'));
	return tablesFor(policy);
}

export function writeYear(bundle: YearBundle, dir: string, options: WriteOptions = {}): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'bundle.json'), JSON.stringify({ year: bundle.year, policy: bundle.policy }, null, 2) + '\n');
	const tableSpecs = specs(bundle.policy);
	for (const [file, rows] of Object.entries(bundle.tables)) {
		const spec = tableSpecs.get(file)!;
		const header = spec.columns.map((c) => (options.chineseHeaders ? c.zh : c.name));
		const lines = [header.map(cell).join(',')];
		for (const row of rows) lines.push(spec.columns.map((c) => cell(row[c.name] ?? '')).join(','));
		const text = lines.join('\r\n') + '\r\n';
		writeFileSync(join(dir, file), options.gb18030?.includes(file) ? iconv.encode(text, 'gb18030') : text);
	}
}
