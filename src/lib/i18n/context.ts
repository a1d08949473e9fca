// The page's translator and language, set once by the root layout and read by any component.
import { getContext, setContext } from 'svelte';
import { locale, translator, type Lang, type T } from './index.js';

const KEY = Symbol('i18n');

export interface I18n {
	lang: Lang;
	locale: string;
	t: T;
}

export function setI18n(lang: Lang): I18n {
	const i18n = { lang, locale: locale(lang), t: translator(lang) };
	setContext(KEY, i18n);
	return i18n;
}

/** The translator of the page's language (Chinese when no layout set one, e.g. in a unit test). */
export function getI18n(): I18n {
	return getContext<I18n | undefined>(KEY) ?? { lang: 'zh', locale: locale('zh'), t: translator('zh') };
}
