// One problem found in a bundle, and its line on stderr as CONTRACT.md fixes it:
// `FILE:LINE: COLUMN: message`, LINE or COLUMN left out where none applies.
//
// Every problem passes through here (ProblemList.add, BundleRejected), and is bounded here, once:
// at most MAX_PROBLEMS of them, and no more than about MAX_QUOTE characters of any one cell,
// header or name quoted, so a bundle of huge cells cannot make a huge report (a page, stderr).

export interface Problem {
	file: string; // file name, or the sheet name in a workbook
	line?: number; // 1 = the header
	column?: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
	return p.column === undefined ? `${where}: ${p.message}` : `${where}: ${p.column}: ${p.message}`;
}

/** The contract reports at most this many errors of one bundle. */
export const MAX_PROBLEMS = 100;

/** The characters of a cell (a header, a name) quoted in a problem at most. */
export const MAX_QUOTE = 40;

/** The length of a whole message at most: its own words and a few quoted cells. */
const MAX_MESSAGE = 240;

function cut(s: string, n: number): string {
	let head = s.slice(0, n);
	if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1); // never half a character
	return head;
}

/** `text`, or its first `max` characters and how long it was. */
export function quote(text: string, max = MAX_QUOTE): string {
	return text.length <= max ? text : `${cut(text, max)}…（共 ${text.length} 字）`;
}

/** An absolute path in a library's error (an upload's folder on the server): only its last part is shown. */
const ABSOLUTE_PATH = /(?<=^|[\s'"“（(:：])(?:[A-Za-z]:)?[\\/][^\s'"”）)]*[\\/]([^\s'"”）)\\/]*)/g;

/**
 * A message without server paths, with every long run (a cell quoted in it, whatever the quotes) cut to MAX_QUOTE
 * characters, and the whole kept under MAX_MESSAGE (its start and its end, where the rule is).
 */
export function boundText(message: string): string {
	message = message.replace(ABSOLUTE_PATH, '$1');
	if (message.length <= MAX_QUOTE) return message;
	let out = message.replace(/[^\s“”"'「」，,、。；;：:（）()…]{41,}/g, (run) => quote(run));
	if (out.length > MAX_MESSAGE) {
		const tail = out.slice(-60).replace(/^[\uDC00-\uDFFF]/, '');
		out = `${cut(out, MAX_MESSAGE - 70)} … ${tail}`;
	}
	return out;
}

/** A problem whose every part is bounded (see above). */
export function bounded(p: Problem): Problem {
	const out: Problem = { file: quote(p.file, 120), message: boundText(p.message) };
	if (p.line !== undefined) out.line = p.line;
	if (p.column !== undefined) out.column = quote(p.column);
	return out;
}

/** Collects problems up to MAX_PROBLEMS, counting the rest. */
export class ProblemList {
	readonly items: Problem[] = [];
	dropped = 0;
	add(p: Problem): void {
		if (this.items.length < MAX_PROBLEMS) this.items.push(bounded(p));
		else this.dropped++;
	}
	get size(): number {
		return this.items.length + this.dropped;
	}
}

/** Thrown when a bundle is rejected: carries its problems, at most MAX_PROBLEMS, and how many more. */
export class BundleRejected extends Error {
	readonly problems: Problem[];
	readonly dropped: number;
	constructor(problems: Problem[], dropped = 0) {
		const kept = problems.slice(0, MAX_PROBLEMS).map(bounded);
		const more = dropped + Math.max(0, problems.length - MAX_PROBLEMS);
		super(`数据包被拒绝：${kept.length + more} 个错误\n${kept.slice(0, 5).map(formatProblem).join('\n')}`);
		this.problems = kept;
		this.dropped = more;
	}
}

/** Warnings (ignored columns) as shown: bounded like problems, at most MAX_PROBLEMS. */
export function boundedWarnings(warnings: string[]): { shown: string[]; dropped: number } {
	return { shown: warnings.slice(0, MAX_PROBLEMS).map(boundText), dropped: Math.max(0, warnings.length - MAX_PROBLEMS) };
}
