// Slowing repeated failed sign-ins: after FREE failures for one account name or one address
// within the window, each further attempt must wait, doubling up to MAX_WAIT. Kept in memory:
// a restart forgets, which costs a guesser a restart per few guesses.
const FREE = 3;
const BASE_WAIT = 2_000;
const MAX_WAIT = 5 * 60_000;
const WINDOW = 15 * 60_000;

interface Record_ {
	failures: number;
	last: number;
}

export class Throttle {
	private readonly seen = new Map<string, Record_>();

	constructor(private readonly clock: () => number = Date.now) {}

	/** Milliseconds to wait before `keys` may try again; 0 when they may now. */
	wait(keys: string[]): number {
		const now = this.clock();
		let wait = 0;
		for (const k of keys) {
			const r = this.seen.get(k);
			if (!r || now - r.last > WINDOW) continue;
			if (r.failures < FREE) continue;
			const delay = Math.min(MAX_WAIT, BASE_WAIT * 2 ** (r.failures - FREE));
			wait = Math.max(wait, r.last + delay - now);
		}
		return Math.max(0, wait);
	}

	fail(keys: string[]): void {
		const now = this.clock();
		for (const k of keys) {
			const r = this.seen.get(k);
			const failures = r && now - r.last <= WINDOW ? r.failures + 1 : 1;
			this.seen.set(k, { failures, last: now });
		}
		if (this.seen.size > 10_000) this.forgetOld(now);
	}

	succeed(keys: string[]): void {
		for (const k of keys) this.seen.delete(k);
	}

	private forgetOld(now: number): void {
		for (const [k, r] of this.seen) if (now - r.last > WINDOW) this.seen.delete(k);
	}
}
