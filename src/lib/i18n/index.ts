// The site speaks Chinese first. Every visible string is written in Chinese in the code and passed
// through t(); in English, t() looks the Chinese up in the English dictionary (en/*.ts, one file
// per page, merged below). A string missing from the dictionary stays Chinese, which a test
// catches (i18n.test.ts scans the source for t('…') calls).
import { EN } from './en/index.js';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The cookie that holds the reader's language; set by /lang. */
export const LANG_COOKIE = 'lang';

export function isLang(v: unknown): v is Lang {
	return v === 'zh' || v === 'en';
}

export type Vars = Record<string, string | number>;
export type T = (zh: string, vars?: Vars) => string;

/** Fills `{name}` placeholders; an unknown name is left as written. */
export function fill(template: string, vars?: Vars): string {
	if (!vars) return template;
	return template
		.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, k: string, one: string, many: string) =>
			// English number agreement: {n|unit|units}. Chinese has none, so only English texts use it.
			k in vars ? (Number(String(vars[k]).replaceAll(',', '')) === 1 ? one : many) : m
		)
		.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The translator of one language: t('{year} 年', { year: 2007 }) → "2007 年" (zh) or "2007" (en). */
export function translator(lang: Lang): T {
	if (lang === 'zh') return fill;
	return (zh, vars) => fill(EN[zh] ?? zh, vars);
}

/** The BCP 47 tag of a language, for <html lang> and Intl. */
export function locale(lang: Lang): string {
	return lang === 'en' ? 'en' : 'zh-CN';
}
