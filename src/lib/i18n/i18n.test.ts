// Every Chinese string that the code passes to t('…') has its English, and the translator fills
// placeholders in both languages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, EN } from './en/index';
import { translator } from './index';
import { projectPath } from '../paths';

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return sources(p);
		return /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
	});
}

const CJK = /[\u3400-\u9fff]/;

describe('i18n', () => {
	it('has English for every Chinese string passed to t()', () => {
		const missing: string[] = [];
		for (const file of sources(projectPath('src'))) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/\bt\(\s*'((?:[^'\\\n]|\\.)*)'/g)) {
				const zh = m[1]!.replace(/\\'/g, "'");
				if (CJK.test(zh) && !(zh in EN)) missing.push(`${file.slice(projectPath('src').length + 1)}: ${zh}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('gives one Chinese text the same English in every page dictionary (they are merged)', () => {
		const first = new Map<string, string>();
		const clashes: string[] = [];
		for (const [page, dict] of Object.entries(DICTIONARIES))
			for (const [zh, en] of Object.entries(dict)) {
				const seen = first.get(zh);
				if (seen !== undefined && seen !== en) clashes.push(`${page}: ${zh} → ${en} ≠ ${seen}`);
				first.set(zh, en);
			}
		expect(clashes).toEqual([]);
	});

	it('keeps no Chinese in the English dictionary values', () => {
		const chinese = Object.entries(EN).filter(([, en]) => CJK.test(en));
		expect(chinese).toEqual([]);
	});

	it('fills placeholders in either language', () => {
		expect(translator('zh')('{year} 年', { year: 2007 })).toBe('2007 年');
		expect(translator('en')('{year} 年', { year: 2007 })).toBe('2007');
		expect(translator('en')('没有这句的译文')).toBe('没有这句的译文');
		expect(translator('en')('{n} 个单位', { n: 1 })).toBe('1 unit');
		expect(translator('en')('{n} 个单位', { n: '1,116' })).toBe('1,116 units');
		expect(translator('zh')('{n} 个单位', { n: 1 })).toBe('1 个单位');
	});
});
