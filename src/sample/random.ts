// A small seeded PRNG (mulberry32), so the sample district is the same on every machine.
export class Random {
	private state: number;
	constructor(seed: number) {
		this.state = seed >>> 0;
	}
	/** A float in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}
	/** An integer in [lo, hi]. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)]!;
	}
	/** Roughly normal (sum of uniforms), mean 0, sd 1. */
	normal(): number {
		return (this.next() + this.next() + this.next() + this.next() - 2) * 1.732;
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
}
