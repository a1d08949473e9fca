// One problem found in a bundle, and its line on stderr as CONTRACT.md fixes it:
// `FILE:LINE: COLUMN: message`, LINE or COLUMN left out where none applies.

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

/** Collects problems up to MAX_PROBLEMS, counting the rest. */
export class ProblemList {
	readonly items: Problem[] = [];
	dropped = 0;
	add(p: Problem): void {
		if (this.items.length < MAX_PROBLEMS) this.items.push(p);
		else this.dropped++;
	}
	get size(): number {
		return this.items.length + this.dropped;
	}
}

/** Thrown when a bundle is rejected: carries every problem found. */
export class BundleRejected extends Error {
	constructor(
		readonly problems: Problem[],
		readonly dropped = 0
	) {
		super(`数据包被拒绝：${problems.length + dropped} 个错误\n${problems.slice(0, 5).map(formatProblem).join('\n')}`);
	}
}
