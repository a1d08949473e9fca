// A code list of the domain (unit grades, roles, alert kinds…): each term's code (as CONTRACT.md
// fixes it), Chinese label, English label and, where a chart draws it, colour; the order of the
// terms is the list's order (best grade first). Everything else — the policy schema, the bundle
// reader, labels, charts, downloads, the English dictionary, the SQL order macros — derives
// from these lists (src/lib/vocabulary/index.ts).

export interface Term {
	readonly code: string;
	readonly zh: string;
	readonly en: string;
	readonly color?: string;
}

export interface CodeList<T extends readonly [Term, ...Term[]]> {
	/** The list's name in SQL macros: `<name>_order(code)`. */
	readonly name: string;
	readonly terms: T;
	/** The codes in order (a non-empty tuple, as z.enum takes it). */
	readonly codes: readonly [T[number]['code'], ...T[number]['code'][]];
	/** Code → Chinese label. */
	readonly labels: { readonly [E in T[number] as E['code']]: E['zh'] };
	/** Code → colour, for the terms that have one. */
	readonly colors: Readonly<Record<string, string>>;
	/** The position of a code in the list; unknown codes come after every known one. */
	order(code: string): number;
	/** The Chinese label of a code, or the code itself when it is not in the list. */
	label(code: string): string;
	has(code: string): code is T[number]['code'];
}

export function codeList<const T extends readonly [Term, ...Term[]]>(name: string, terms: T): CodeList<T> {
	const codes = terms.map((t) => t.code) as unknown as CodeList<T>['codes'];
	const index = new Map<string, number>(terms.map((t, i) => [t.code, i]));
	if (index.size !== terms.length) throw new Error(`code list ${name}: a code repeats`);
	const labels = Object.fromEntries(terms.map((t) => [t.code, t.zh])) as CodeList<T>['labels'];
	const colors = Object.fromEntries(terms.flatMap((t) => (t.color ? [[t.code, t.color]] : [])));
	return {
		name,
		terms,
		codes,
		labels,
		colors,
		order: (code) => index.get(code) ?? terms.length,
		label: (code) => (labels as Record<string, string>)[code] ?? code,
		has: (code): code is T[number]['code'] => index.has(code)
	};
}
