// Slowing repeated sign-in guesses: after FREE attempts for one account name or one address within
// the window that did not succeed, each further attempt must wait, doubling up to MAX_WAIT. An
// attempt counts when it begins, before the slow password check, so guesses sent at once are held
// back exactly as guesses sent one after another; a success forgets the count. Kept in memory: a
// restart forgets, which costs a guesser a restart per few guesses.
const FREE = 3;
/** The first wait, doubled at each further failure (KAOHE_SIGNIN_WAIT in ms; default 2 s). */
const DEFAULT_BASE_WAIT = 2_000;
const MAX_WAIT = 5 * 60_000;
const WINDOW = 15 * 60_000;

interface Record_ {
	/** attempts begun and not followed by a success */
	attempts: number;
	last: number;
}

export class Throttle {
	private readonly seen = new Map<string, Record_>();

	constructor(
		private readonly clock: () => number = Date.now,
		private readonly baseWait: number = DEFAULT_BASE_WAIT
	) {}

	/** Milliseconds to wait before `keys` may try again; 0 when they may now. */
	wait(keys: string[]): number {
		const now = this.clock();
		let wait = 0;
		for (const k of keys) {
			const r = this.seen.get(k);
			if (!r || now - r.last > WINDOW) continue;
			if (r.attempts < FREE) continue;
			const delay = Math.min(Math.max(MAX_WAIT, this.baseWait), this.baseWait * 2 ** (r.attempts - FREE));
			wait = Math.max(wait, r.last + delay - now);
		}
		return Math.max(0, wait);
	}

	/**
	 * Begins an attempt for `keys`: 0 when it may go on (it is counted now, as a failure until
	 * `succeed`), else the milliseconds to wait (and it is not counted).
	 */
	begin(keys: string[]): number {
		const wait = this.wait(keys);
		if (wait > 0) return wait;
		const now = this.clock();
		for (const k of keys) {
			const r = this.seen.get(k);
			const attempts = r && now - r.last <= WINDOW ? r.attempts + 1 : 1;
			this.seen.set(k, { attempts, last: now });
		}
		if (this.seen.size > 10_000) this.forgetOld(now);
		return 0;
	}

	succeed(keys: string[]): void {
		for (const k of keys) this.seen.delete(k);
	}

	private forgetOld(now: number): void {
		for (const [k, r] of this.seen) if (now - r.last > WINDOW) this.seen.delete(k);
	}
}
