// The page cache: one computation per key and warehouse state, errors not kept, bounded.
import { describe, expect, it } from 'vitest';
import { cached, warehouseChanged } from './page-cache';

describe('page cache', () => {
	it('computes a key once, and again after the warehouse changed', async () => {
		let runs = 0;
		const compute = async () => ++runs;
		expect(await cached('a', compute)).toBe(1);
		expect(await cached('a', compute)).toBe(1);
		warehouseChanged();
		expect(await cached('a', compute)).toBe(2);
	});
	it('does not keep a failure', async () => {
		await expect(cached('b', () => Promise.reject(new Error('503')))).rejects.toThrow('503');
		await new Promise((r) => setImmediate(r));
		expect(await cached('b', async () => 'ok')).toBe('ok');
	});
	it('forgets the least recently used entry beyond its bound', async () => {
		let runs = 0;
		await cached('first', async () => ++runs);
		for (let i = 0; i < 400; i++) await cached(`k${i}`, async () => i);
		await cached('first', async () => ++runs);
		expect(runs).toBe(2);
	});
});
